'use strict';
// MessageChannel and MessagePort within the one JavaScript thread: a
// message is structured-cloned when posted and delivered to the other port
// on a later turn of the event loop, in order, once that port is started
// (on('message') and onmessage start it). A port with 'message' listeners,
// or one ref()'d, keeps the process alive until it is closed; close() closes
// both ports, each emitting 'close' after the messages it still holds.

const { EventTarget, Event, CustomEvent, kListeners, kInspect, defineEventHandler } = require('internal/event_target');
const { MessageEvent } = require('internal/worker/message_event');
const { codes, makeError } = require('internal/errors');
const { cloneWithTransfer, transferArray, kTransfer, kDetached } = require('internal/structured_clone');
const { runNextTicks } = require('internal/ticks');
const { holdLoop, handleId, wake, updateTurnRef } = require('internal/worker/handles');

const kState = Symbol('kState');
// The value node-style listeners (port.on) receive for an event.
const kNodeValue = Symbol('kNodeValue');

function stateOf(port) {
  const state = port !== null && typeof port === 'object' ? port[kState] : undefined;
  if (state === undefined) throw new TypeError('Illegal invocation');
  return state;
}

function setRef(state, on) {
  if (state.closed || state.refed === on) return;
  state.refed = on;
  holdLoop(on);
  updateTurnRef();
}

/** A port's part in the loop: its pending deliveries, and closing. */
class PortHandle {
  constructor(port) {
    this.id = handleId();
    this.port = port;
    this.peer = null;
    this.queue = [];
    this.started = false;
    this.refed = false;
    this.closing = false;
    this.closed = false;
    this.nodeListeners = new Map();
  }

  // A closing port always finishes; a delivery only keeps a ref'd port alive.
  keepsAlive() {
    return this.closing || this.refed;
  }

  // Emits the messages queued when the turn began; a closing port with none
  // left is then to close.
  deliver() {
    if (this.closed) return false;
    for (let n = this.queue.length; n > 0 && this.started && this.queue.length > 0; n--) {
      const { data, ports } = this.queue.shift();
      emitMessage(this.port, data, ports);
      runNextTicks();
    }
    if (this.closing && (this.queue.length === 0 || !this.started)) return true;
    schedule(this);
    return false;
  }

  // Becomes inactive, emits 'close', and closes the entangled port.
  finishClose() {
    if (this.closed) return;
    this.closed = true;
    this.queue = [];
    if (this.refed) {
      this.refed = false;
      holdLoop(false);
    }
    const peer = this.peer;
    this.peer = null;
    this.port.dispatchEvent(new MessagePortCloseEvent());
    if (peer !== null) beginClose(peer);
  }
}

// Asks for a delivery turn when the port has something to do.
function schedule(state) {
  if (!state.closed && (state.closing || (state.started && state.queue.length > 0))) wake(state);
}

function emitMessage(port, data, ports) {
  const event = new MessageEvent('message', { data, ports });
  Object.defineProperty(event, kNodeValue, { value: data });
  port.dispatchEvent(event);
}

class MessagePortCloseEvent extends Event {
  constructor() {
    super('close');
  }
}

function beginClose(state) {
  if (state.closing) return;
  state.closing = true;
  schedule(state);
}

function messageCount(port) {
  const list = port[kListeners].get('message');
  return list === undefined ? 0 : list.length;
}

function createPort() {
  const port = Reflect.construct(EventTarget, [], MessagePort);
  Object.defineProperty(port, kState, { value: new PortHandle(port) });
  return port;
}

/** Not constructible: ports come from `new MessageChannel()`. */
function MessagePort() {
  throw codes.ERR_CONSTRUCT_CALL_INVALID();
}
Object.setPrototypeOf(MessagePort, EventTarget);
MessagePort.prototype = Object.create(EventTarget.prototype, {
  constructor: { value: MessagePort, writable: true, configurable: true },
  [Symbol.toStringTag]: { value: 'MessagePort', configurable: true },
});

// The transfer list of postMessage(value, transferList | { transfer }).
function transferListOf(transfer) {
  if (transfer === undefined || transfer === null) return [];
  const iterable = (value) => value !== null && typeof value === 'object' && typeof value[Symbol.iterator] === 'function';
  if (iterable(transfer)) return [...transfer];
  if (typeof transfer === 'object') {
    const list = transfer.transfer;
    if (list === undefined) return [];
    if (iterable(list)) return [...list];
    throw makeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'Optional options.transfer argument must be an iterable');
  }
  throw makeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'Optional transferList argument must be an iterable');
}

// Node-style listeners (on, once, off, emit) are event listeners that
// receive the message data (or the event) instead of a MessageEvent.
function nodeListenersOf(state, type) {
  let map = state.nodeListeners.get(type);
  if (map === undefined) {
    map = new Map();
    state.nodeListeners.set(type, map);
  }
  return map;
}

function addNodeListener(port, type, listener, once) {
  if (typeof listener !== 'function') throw codes.ERR_INVALID_ARG_TYPE('listener', 'function', listener);
  const map = nodeListenersOf(stateOf(port), `${type}`);
  if (map.has(listener)) return port;
  const wrapper = function (event) {
    if (once) removeNodeListener(port, type, listener);
    return listener.call(port, kNodeValue in event ? event[kNodeValue] : event);
  };
  map.set(listener, wrapper);
  port.addEventListener(type, wrapper);
  return port;
}

function removeNodeListener(port, type, listener) {
  const map = nodeListenersOf(stateOf(port), `${type}`);
  const wrapper = map.get(listener);
  if (wrapper !== undefined) {
    map.delete(listener);
    port.removeEventListener(type, wrapper);
  }
  return port;
}

// MessagePort's methods, written as a class so that they are not
// enumerable, then moved onto MessagePort.prototype.
class PortMethods {
  /** Sends a structured clone of `value`, moving what `transfer` lists. */
  postMessage(value, transfer) {
    const state = stateOf(this);
    if (arguments.length === 0) throw makeError(TypeError, 'ERR_MISSING_ARGS', 'Not enough arguments to MessagePort.postMessage');
    const items = transferArray(transferListOf(transfer), this);
    const peer = state.peer;
    const { value: data, moved } = cloneWithTransfer(value, items);
    if (peer !== null && items.includes(peer.port)) {
      process.emitWarning('The target port was posted to itself, and the communication channel was lost');
      beginClose(state);
      return true;
    }
    if (state.closing || peer === null || peer.closing) return undefined;
    peer.queue.push({ data, ports: moved.filter((item) => item instanceof MessagePort) });
    schedule(peer);
    return true;
  }

  /** Starts delivering queued and future messages. */
  start() {
    const state = stateOf(this);
    state.started = true;
    schedule(state);
  }

  ref() {
    setRef(stateOf(this), true);
  }

  unref() {
    setRef(stateOf(this), false);
  }

  hasRef() {
    return stateOf(this).refed;
  }

  /** Closes this port and the one it is entangled with. */
  close(callback) {
    const state = stateOf(this);
    if (typeof callback === 'function') this.once('close', callback);
    beginClose(state);
  }

  addEventListener(type, listener, options) {
    const before = messageCount(this);
    EventTarget.prototype.addEventListener.call(this, type, listener, options);
    if (`${type}` === 'message' && before === 0 && messageCount(this) > 0) {
      const state = stateOf(this);
      setRef(state, true);
      state.started = true;
      schedule(state);
    }
  }

  removeEventListener(type, listener, options) {
    const before = messageCount(this);
    EventTarget.prototype.removeEventListener.call(this, type, listener, options);
    if (`${type}` === 'message' && before > 0 && messageCount(this) === 0) {
      const state = stateOf(this);
      state.started = false;
      setRef(state, false);
    }
  }

  on(type, listener) {
    return addNodeListener(this, type, listener, false);
  }

  addListener(type, listener) {
    return addNodeListener(this, type, listener, false);
  }

  once(type, listener) {
    return addNodeListener(this, type, listener, true);
  }

  off(type, listener) {
    return removeNodeListener(this, type, listener);
  }

  removeListener(type, listener) {
    return removeNodeListener(this, type, listener);
  }

  removeAllListeners(type) {
    const types = type === undefined ? [...this[kListeners].keys()] : [`${type}`];
    for (const name of types) {
      for (const record of [...(this[kListeners].get(name) || [])]) {
        this.removeEventListener(name, record.listener, { capture: record.capture });
      }
      stateOf(this).nodeListeners.delete(name);
    }
    return this;
  }

  /** Calls the listeners of `type`: node-style ones with `arg`. */
  emit(type, arg) {
    const had = this.listenerCount(type) > 0;
    const event = type === 'message' || type === 'messageerror'
      ? new MessageEvent(type, { data: arg }) : new CustomEvent(type, { detail: arg });
    Object.defineProperty(event, kNodeValue, { value: arg });
    this.dispatchEvent(event);
    return had;
  }

  listenerCount(type) {
    const list = this[kListeners].get(`${type}`);
    return list === undefined ? 0 : list.length;
  }

  eventNames() {
    return [...this[kListeners].keys()].filter((type) => this[kListeners].get(type).length > 0);
  }

  // "MessagePort { active, refed }"; the prototype itself prints plainly.
  [kInspect]() {
    const state = this[kState];
    if (state === undefined) return this;
    const fields = state.closed ? { active: false } : { active: true, refed: state.refed };
    return Object.assign(Object.create(MessagePort.prototype), fields);
  }

  // Closed or moved ports cannot be transferred.
  get [kDetached]() {
    return stateOf(this).closing;
  }

  [kTransfer]() {
    const state = stateOf(this);
    const moved = createPort();
    const target = moved[kState];
    target.peer = state.peer;
    if (target.peer !== null) target.peer.peer = target;
    target.queue = state.queue;
    state.queue = [];
    state.peer = null;
    beginClose(state);
    return moved;
  }
}
const methods = Object.getOwnPropertyDescriptors(PortMethods.prototype);
delete methods.constructor;
Object.defineProperties(MessagePort.prototype, methods);
defineEventHandler(MessagePort.prototype, 'message');
defineEventHandler(MessagePort.prototype, 'messageerror');

/** Two entangled ports: what one posts, the other receives. */
function MessageChannel() {
  if (new.target === undefined) throw makeError(TypeError, 'ERR_CONSTRUCT_CALL_REQUIRED', 'Cannot call constructor without `new`');
  const port1 = createPort();
  const port2 = createPort();
  port1[kState].peer = port2[kState];
  port2[kState].peer = port1[kState];
  this.port1 = port1;
  this.port2 = port2;
}
Object.defineProperty(MessageChannel.prototype, Symbol.toStringTag, { value: 'MessageChannel', configurable: true });

/** Moving a port into a vm context: bistro has no vm contexts. */
function moveMessagePortToContext(port) {
  if (stateOf(port).closing) throw makeError(Error, 'ERR_CLOSED_MESSAGE_PORT', 'Cannot send data on closed MessagePort');
  throw makeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'moveMessagePortToContext is not implemented: bistro has no vm contexts');
}

/** Takes the next queued message of `port` now: `{ message }`, or undefined. */
function receiveMessageOnPort(port) {
  const state = port !== null && typeof port === 'object' ? port[kState] : undefined;
  if (state === undefined) throw makeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "port" argument must be a MessagePort instance');
  const next = state.queue.shift();
  return next === undefined ? undefined : { message: next.data };
}

module.exports = { MessagePort, MessageChannel, receiveMessageOnPort, moveMessagePortToContext };
