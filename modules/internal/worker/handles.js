'use strict';
// How message ports and broadcast channels take part in the event loop, as
// their libuv handles do in Node: a ref'd handle keeps the process alive,
// and once per loop turn every handle with pending work runs, in the order
// the handles were created.

// The real timers, kept before mock.timers can replace them.
const { setImmediate, setInterval, clearInterval } = require('timers');

// One interval keeps the loop alive while any handle is ref'd.
let refedHandles = 0;
let keepAlive = null;

/** Counts a handle that starts (`on`) or stops keeping the process alive. */
function holdLoop(on) {
  refedHandles += on ? 1 : -1;
  if (on && refedHandles === 1) keepAlive = setInterval(() => {}, 2 ** 31 - 1);
  if (!on && refedHandles === 0) {
    clearInterval(keepAlive);
    keepAlive = null;
  }
}

let nextId = 0;
const pending = new Set();
let turn = null;

/** A creation number: handles run in this order within a turn. */
function handleId() {
  return nextId++;
}

function updateTurnRef() {
  if (turn === null) return;
  let alive = false;
  for (const handle of pending) alive = alive || handle.keepsAlive();
  if (alive) turn.ref();
  else turn.unref();
}

// Deliveries first, then the handles that finished closing (libuv's close
// callbacks come after polling).
function runTurn() {
  turn = null;
  const handles = [...pending].sort((a, b) => a.id - b.id);
  pending.clear();
  const closing = handles.filter((handle) => handle.deliver());
  for (const handle of closing) handle.finishClose();
}

/**
 * Asks for `handle.deliver()` in the next turn. A handle has `id`,
 * `deliver()` (returning true when the handle is now to close, after which
 * `finishClose()` runs) and `keepsAlive()` (whether its pending work keeps
 * the process alive).
 */
function wake(handle) {
  pending.add(handle);
  if (turn === null) turn = setImmediate(runTurn);
  updateTurnRef();
}

module.exports = { holdLoop, handleId, wake, updateTurnRef };
