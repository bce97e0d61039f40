'use strict';
// process.on('SIGINT', ...) and the other signal events: the first
// listener of a signal installs its handler (the process no longer takes
// the default action), the last one removed puts the default back. One
// unreferenced wait at a time reads the signals that arrive (all those
// waiting at once, so several signals sent together are seen together).

const { errnoException } = require('internal/errors');

const ops = binding.ops.process;
const listening = new Set();
let waiting = false;

// The signal table loads with the first SIG* event name.
const signals = () => require('os').constants.signals;

function isSignal(type) {
  return typeof type === 'string' && type.startsWith('SIG') && Object.hasOwn(signals(), type);
}

function wait(process) {
  if (waiting || listening.size === 0) return;
  waiting = true;
  ops.signal_wait((err, numbers) => {
    waiting = false;
    if (err) return;
    for (const number of numbers) {
      const name = require('internal/signals').signalName(number);
      if (listening.has(name)) process.emit(name, name, number);
    }
    wait(process);
  });
}

/** Makes `process` listen for the signals it has listeners for. */
function setupSignals(process) {
  if (ops === undefined || ops.signal_listen === undefined) return;
  process.on('newListener', (type) => {
    if (!isSignal(type) || listening.has(type)) return;
    const err = ops.signal_listen(signals()[type], true);
    if (err < 0) throw errnoException(err, 'uv_signal_start');
    listening.add(type);
    wait(process);
  });
  process.on('removeListener', (type) => {
    if (!listening.has(type) || process.listenerCount(type) > 0) return;
    ops.signal_listen(signals()[type], false);
    listening.delete(type);
  });
}

module.exports = { setupSignals };
