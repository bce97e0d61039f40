'use strict';
// Signal names and numbers (Linux's, as os.constants.signals lists them):
// Node's convertToValidSignal, and the names a child's signalCode reports.

const { codes } = require('internal/errors');
const { signals } = require('internal/os_constants').constants;

// Number to name; the first name of a number wins (SIGABRT, not SIGIOT),
// as Node names the signal that ended a child.
const names = new Map();
for (const [name, number] of Object.entries(signals)) {
  if (!names.has(number)) names.set(number, name);
}

/** A known signal number, or a signal name in any case, as its number;
 * ERR_UNKNOWN_SIGNAL otherwise. */
function convertToValidSignal(signal) {
  if (typeof signal === 'number' && names.has(signal)) return signal;
  if (typeof signal === 'string') {
    const number = signals[signal.toUpperCase()];
    if (number) return number;
  }
  throw codes.ERR_UNKNOWN_SIGNAL(signal);
}

/** The name of signal `number` ('SIGTERM' for 15), or null. */
function signalName(number) {
  return names.get(number) ?? null;
}

module.exports = { signals, convertToValidSignal, signalName };
