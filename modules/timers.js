'use strict';
// node:timers — setTimeout, setInterval, setImmediate. Timeout objects live
// here; each armed timeout is one kernel timer (plugins/timers) whose id
// the kernel picks, an interval re-armed by the kernel itself after each
// callback; the immediate queue runs in the loop's check phase.

const { validateFunction } = require('internal/errors');
const { FifoQueue } = require('internal/queue');
const { runNextTicks } = require('internal/ticks');

const ops = binding.ops.timers;

const TIMEOUT_MAX = 2 ** 31 - 1;
const kId = Symbol('timerId');
// Armed timeouts by id. A null-prototype object, not a Map: QuickJS's Map
// hashes integer keys poorly (6x slower at 100k timers).
const active = Object.create(null);

// A negative or NaN delay warns once per process (an overflow each time).
let warnedNegative = false;
let warnedNaN = false;

function normalizeDelay(after) {
  after = after === undefined ? 1 : after * 1;
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX) {
      process.emitWarning(`${after} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.`,
        'TimeoutOverflowWarning');
    } else if (after < 0 && !warnedNegative) {
      warnedNegative = true;
      process.emitWarning(`${after} is a negative number.\nTimeout duration was set to 1.`, 'TimeoutNegativeWarning');
    } else if (Number.isNaN(after) && !warnedNaN) {
      warnedNaN = true;
      process.emitWarning(`${after} is not a number.\nTimeout duration was set to 1.`, 'TimeoutNaNWarning');
    }
    after = 1;
  }
  return after;
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    this._idleTimeout = normalizeDelay(after);
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? this._idleTimeout : null;
    this._destroyed = false;
    this[kId] = 0;
    this._refed = isRefed;
    this._arm();
  }

  // Arms the kernel timer (a new one the first time: the kernel gives the
  // id); an interval repeats on its own until stopped.
  _arm() {
    const repeat = this._repeat === null ? -1 : Math.trunc(this._repeat);
    this[kId] = ops.start(this[kId], Math.trunc(this._idleTimeout), repeat, this._refed);
    active[this[kId]] = this;
  }

  // Restarts the timer from now; a timer that already fired runs again,
  // a cleared one stays cleared (as in Node).
  refresh() {
    if (this._idleTimeout !== -1) {
      this._destroyed = false;
      this._arm();
    }
    return this;
  }

  unref() {
    this._refed = false;
    if (this[kId] in active) ops.ref(this[kId], false);
    return this;
  }

  ref() {
    this._refed = true;
    if (this[kId] in active) ops.ref(this[kId], true);
    return this;
  }

  hasRef() {
    return this._refed;
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.dispose]() {
    clearTimeout(this);
  }

  [Symbol.toPrimitive]() {
    return this[kId];
  }
}

// The timeout whose callback is running (it stays active until it returns).
let running = null;

// A timer fired. A one-shot timeout is done unless its callback re-armed
// it (refresh()); an interval stays active, and the kernel arms it again
// once this returns unless the callback cleared it.
function onTimer(id) {
  const timer = active[id];
  if (timer === undefined) return;
  const repeats = timer._repeat !== null;
  if (!repeats) delete active[id];
  else timer._idleTimeout = timer._repeat;
  running = timer;
  try {
    const args = timer._timerArgs;
    if (args === undefined) timer._onTimeout();
    else timer._onTimeout(...args);
  } finally {
    running = null;
    // A callback may also turn a timeout into an interval, or back, by
    // setting _repeat (unsupported but possible in Node too).
    if (!repeats && !(id in active)) {
      if (timer._repeat !== null && !timer._destroyed) {
        timer._idleTimeout = timer._repeat;
        timer._arm();
      } else {
        timer._destroyed = true;
      }
    } else if (repeats && timer._repeat === null && active[id] === timer) {
      delete active[id];
      ops.stop(id);
      timer._destroyed = true;
    }
  }
}

function setTimeout(callback, after) {
  validateFunction(callback, 'callback');
  const args = arguments.length > 2 ? Array.prototype.slice.call(arguments, 2) : undefined;
  return new Timeout(callback, after, args, false, true);
}

function setInterval(callback, repeat) {
  validateFunction(callback, 'callback');
  const args = arguments.length > 2 ? Array.prototype.slice.call(arguments, 2) : undefined;
  return new Timeout(callback, repeat, args, true, true);
}

function clearTimeout(timer) {
  if (timer === null || timer === undefined) return;
  if (timer instanceof Timeout) {
    timer._destroyed = true;
    timer._idleTimeout = -1;
    if (timer[kId] in active) {
      delete active[timer[kId]];
      ops.stop(timer[kId]);
    }
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const found = active[Number(timer)];
    if (found !== undefined) clearTimeout(found);
  }
}

// Immediates: a queue drained in the check phase. Those added while the
// queue runs wait for the next iteration, as in Node.
let immediateQueue = new FifoQueue();
let immediateCount = 0;
let refedImmediates = 0;

// The check state last told to the kernel; the op is only called when it
// changes, so a steady stream of immediates crosses into Rust rarely.
let sentPending = false;
let sentRefed = false;

function updateCheckState() {
  const pending = immediateCount > 0;
  const refed = refedImmediates > 0;
  if (pending !== sentPending || refed !== sentRefed) {
    sentPending = pending;
    sentRefed = refed;
    ops.immediates(pending, refed);
  }
}

class Immediate {
  constructor(callback, args) {
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this._refed = true;
    immediateQueue.push(this);
    immediateCount++;
    refedImmediates++;
    updateCheckState();
  }

  ref() {
    if (!this._refed && !this._destroyed) {
      this._refed = true;
      if (++refedImmediates === 1) updateCheckState();
    }
    return this;
  }

  unref() {
    if (this._refed && !this._destroyed) {
      this._refed = false;
      if (--refedImmediates === 0) updateCheckState();
    }
    return this;
  }

  hasRef() {
    return this._refed;
  }

  [Symbol.dispose]() {
    clearImmediate(this);
  }
}

function retire(immediate) {
  immediate._destroyed = true;
  immediateCount--;
  if (immediate._refed) refedImmediates--;
}

function onImmediate() {
  const queue = immediateQueue;
  immediateQueue = new FifoQueue();
  let ranAtLeastOne = false;
  let immediate;
  while ((immediate = queue.shift()) !== undefined) {
    if (immediate._destroyed) continue;
    if (ranAtLeastOne) runNextTicks();
    else ranAtLeastOne = true;
    if (immediate._destroyed) continue;
    retire(immediate);
    try {
      const args = immediate._argv;
      if (args === undefined) immediate._onImmediate();
      else immediate._onImmediate(...args);
    } catch (err) {
      require('internal/fatal').triggerUncaughtException(err, false);
    }
  }
  updateCheckState();
}

function setImmediate(callback, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  switch (arguments.length) {
    case 0:
    case 1: break;
    case 2: args = [arg1]; break;
    case 3: args = [arg1, arg2]; break;
    case 4: args = [arg1, arg2, arg3]; break;
    default: args = Array.prototype.slice.call(arguments, 1);
  }
  return new Immediate(callback, args);
}

function clearImmediate(immediate) {
  if (!(immediate instanceof Immediate) || immediate._destroyed) return;
  retire(immediate);
  updateCheckState();
}

// How many referenced timeouts and immediates keep the loop alive (what
// process.getActiveResourcesInfo() lists as 'Timeout' and 'Immediate').
function activeCounts() {
  let timeouts = 0;
  for (const id in active) if (active[id]._refed) timeouts++;
  if (running !== null && running._refed && !running._destroyed && !(running[kId] in active)) timeouts++;
  return { timeouts, immediates: refedImmediates };
}

module.exports = {
  setTimeout, clearTimeout, setImmediate, clearImmediate, setInterval, clearInterval: clearTimeout,
  promises: undefined,
};
// What bistro's own modules use, hidden from Object.keys as in Node.
for (const [name, value] of Object.entries({
  Timeout, Immediate, _onTimer: onTimer, _onImmediate: onImmediate, _activeCounts: activeCounts,
})) {
  Object.defineProperty(module.exports, name, { value });
}
Object.defineProperty(module.exports, 'promises', {
  enumerable: true,
  get: () => require('timers/promises'),
});
