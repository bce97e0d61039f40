'use strict';
// The microtask checkpoint: process.nextTick callbacks first, then promise
// jobs, then unhandled rejections — Node's processTicksAndRejections.

const { FifoQueue } = require('internal/queue');
const { validateFunction } = require('internal/errors');

const queue = new FifoQueue();
// Mirrors the host's flag, so the crossing happens once per drain.
let tickScheduled = false;

function nextTick(callback) {
  validateFunction(callback, 'callback');
  if (!tickScheduled) {
    tickScheduled = true;
    binding.setTickScheduled(true);
  }
  const args = arguments.length > 1 ? Array.prototype.slice.call(arguments, 1) : undefined;
  queue.push({ callback, args });
}

function runTick(tock) {
  const { callback, args } = tock;
  if (args === undefined) {
    callback();
    return;
  }
  switch (args.length) {
    case 1: callback(args[0]); break;
    case 2: callback(args[0], args[1]); break;
    default: callback(...args);
  }
}

function processTicksAndRejections() {
  do {
    let tock;
    while ((tock = queue.shift()) !== undefined) {
      try {
        runTick(tock);
      } catch (err) {
        require('internal/fatal').triggerUncaughtException(err, false);
      }
    }
    binding.runMicrotasks();
  } while (queue.length > 0 || processRejections());
  tickScheduled = false;
  binding.setTickScheduled(false);
}

// Between two immediates or timers Node drains ticks and microtasks.
function runNextTicks() {
  if (queue.length === 0) {
    binding.runMicrotasks();
    if (queue.length === 0) {
      const list = binding.takeRejections();
      if (list.length === 0) return;
      handleRejections(list);
    }
  }
  processTicksAndRejections();
}

function processRejections() {
  const list = binding.takeRejections();
  if (list.length === 0) return false;
  handleRejections(list);
  return true;
}

// Node 20's default mode ("throw"): emit 'unhandledRejection'; without a
// listener the reason becomes an uncaught exception.
function handleRejections(list) {
  const process = require('process'); // not the global: user code may replace it
  for (let i = 0; i < list.length; i += 2) {
    const promise = list[i];
    const reason = list[i + 1];
    if (process.emit('unhandledRejection', reason, promise)) continue;
    const err = reason instanceof Error ? reason : require('internal/errors').codes.ERR_UNHANDLED_REJECTION(reason);
    if (!(reason instanceof Error)) err.reason = reason;
    require('internal/fatal').triggerUncaughtException(err, true);
  }
}

function queueMicrotask(callback) {
  validateFunction(callback, 'callback');
  Promise.resolve().then(() => {
    try {
      callback();
    } catch (err) {
      require('internal/fatal').triggerUncaughtException(err, false);
    }
  });
}

module.exports = { nextTick, processTicksAndRejections, runNextTicks, queueMicrotask };
