'use strict';
// BroadcastChannel within the one JavaScript thread: a message posted on a
// channel is cloned and delivered, on a later turn of the event loop, to
// every other open channel of the same name. An open channel keeps the
// process alive until it is closed or unref()'d.

const { EventTarget, kInspect, defineEventHandler } = require('internal/event_target');
const { MessageEvent } = require('internal/worker/message_event');
const { DOMException } = require('internal/dom_exception');
const { codes } = require('internal/errors');
const { structuredClone } = require('internal/structured_clone');
const { runNextTicks } = require('internal/ticks');
const { holdLoop, handleId, wake, updateTurnRef } = require('internal/worker/handles');

const kState = Symbol('kState');
// Open channels by name.
const channels = new Map();

function stateOf(channel) {
  const state = channel !== null && typeof channel === 'object' ? channel[kState] : undefined;
  if (state === undefined) throw codes.ERR_INVALID_THIS('BroadcastChannel');
  return state;
}

/** A named channel shared by every BroadcastChannel of that name. */
class BroadcastChannel extends EventTarget {
  constructor(name) {
    if (arguments.length === 0) throw codes.ERR_MISSING_ARGS('name');
    super();
    const state = {
      id: handleId(), name: `${name}`, open: true, refed: true, queue: [],
      keepsAlive: () => state.refed,
      // Dispatches the messages queued when the turn began.
      deliver: () => {
        for (let n = state.queue.length; n > 0 && state.open; n--) {
          this.dispatchEvent(new MessageEvent('message', { data: state.queue.shift() }));
          runNextTicks();
        }
        if (state.open && state.queue.length > 0) wake(state);
        return false;
      },
    };
    Object.defineProperty(this, kState, { value: state });
    let peers = channels.get(state.name);
    if (peers === undefined) {
      peers = new Set();
      channels.set(state.name, peers);
    }
    peers.add(this);
    holdLoop(true);
  }

  get name() {
    return stateOf(this).name;
  }

  /** Sends a structured clone of `message` to the other channels of this name. */
  postMessage(message) {
    const state = stateOf(this);
    if (arguments.length === 0) throw codes.ERR_MISSING_ARGS('message');
    if (!state.open) throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    const data = structuredClone(message);
    for (const peer of channels.get(state.name)) {
      if (peer === this) continue;
      // Each receiver gets its own copy.
      const target = peer[kState];
      target.queue.push(structuredClone(data));
      wake(target);
    }
  }

  close() {
    const state = stateOf(this);
    if (!state.open) return;
    state.open = false;
    const peers = channels.get(state.name);
    peers.delete(this);
    if (peers.size === 0) channels.delete(state.name);
    state.queue = [];
    if (state.refed) holdLoop(false);
    state.refed = false;
    updateTurnRef();
  }

  ref() {
    const state = stateOf(this);
    if (state.open && !state.refed) {
      state.refed = true;
      holdLoop(true);
      updateTurnRef();
    }
    return this;
  }

  unref() {
    const state = stateOf(this);
    if (state.open && state.refed) {
      state.refed = false;
      holdLoop(false);
      updateTurnRef();
    }
    return this;
  }

  [kInspect](depth, options) {
    const state = stateOf(this);
    if (depth < 0) return 'BroadcastChannel';
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `BroadcastChannel ${require('util').inspect({ name: state.name, active: state.open }, opts)}`;
  }
}
defineEventHandler(BroadcastChannel.prototype, 'message');
defineEventHandler(BroadcastChannel.prototype, 'messageerror');

module.exports = { BroadcastChannel };
