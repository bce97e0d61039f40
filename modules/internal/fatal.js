'use strict';
// Uncaught exceptions: 'uncaughtException' listeners, or print the error
// the way Node does and exit with code 1; and the final 'exit' event.

const { codes, makeError, validateFunction } = require('internal/errors');
// The real process object: user code may replace globalThis.process.
const process = require('process');

let exiting = false;

function sourceLineOf(stack) {
  const match = /\n    at (?:.*? \()?(\/[^():]+|[A-Za-z]:\\[^():]+):(\d+):(\d+)\)?/.exec(stack);
  if (match === null) return '';
  let text;
  try {
    text = binding.readFile(match[1]);
  } catch {
    return '';
  }
  const line = text.split('\n')[Number(match[2]) - 1];
  if (line === undefined) return '';
  const caret = ' '.repeat(Math.max(0, Number(match[3]) - 1)) + '^';
  return `${match[1]}:${match[2]}\n${line}\n${caret}\n\n`;
}

function describe(err) {
  try {
    return require('util').inspect(err);
  } catch {
    try {
      return String(err);
    } catch {
      return '<uncaught value>';
    }
  }
}

// A syntax error in code being loaded: one line, "file:line:col: message".
function syntaxErrorLine(err) {
  const frames = String(err.stack).matchAll(/\n    at (?:.*? \()?([^()\s]+):(\d+):(\d+)/g);
  const match = [...frames].find((m) => !m[1].startsWith('node:'));
  const where = match ? `${match[1]}:${match[2]}:${match[3]}: ` : '';
  return `${where}SyntaxError: ${err.message}\n`;
}

function printUncaught(err) {
  let text;
  if (err instanceof SyntaxError && err.isCompileError === true) {
    text = syntaxErrorLine(err);
  } else {
    const stack = err !== null && typeof err === 'object' && typeof err.stack === 'string' ? err.stack : '';
    const origin = err && err.code === 'ERR_UNHANDLED_REJECTION' ? '' : sourceLineOf(stack);
    text = `${origin}${describe(err)}\n\nbistro v${process.versions.bistro}\n`;
    if (err && err.code === 'ERR_UNHANDLED_REJECTION') text = `${describe(err)}\n\nbistro v${process.versions.bistro}\n`;
  }
  binding.writeStderr(text);
}

// process.setUncaughtExceptionCaptureCallback()'s function (it takes every
// uncaught exception) and addUncaughtExceptionCaptureCallback()'s (each may
// claim one by returning true).
let captureCallback = null;
const auxiliaryCallbacks = [];

/** process.setUncaughtExceptionCaptureCallback(fn): fn, or null to remove it. */
function setUncaughtExceptionCaptureCallback(fn) {
  if (fn === null) {
    captureCallback = null;
    return;
  }
  if (typeof fn !== 'function') throw codes.ERR_INVALID_ARG_TYPE('fn', ['Function', 'null'], fn);
  if (captureCallback !== null) {
    throw makeError(Error, 'ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET',
      '`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active');
  }
  captureCallback = fn;
}

/** process.addUncaughtExceptionCaptureCallback(fn). */
function addUncaughtExceptionCaptureCallback(fn) {
  validateFunction(fn, 'fn');
  auxiliaryCallbacks.push(fn);
}

/** process.hasUncaughtExceptionCaptureCallback(). */
function hasUncaughtExceptionCaptureCallback() {
  return captureCallback !== null;
}

// Whether a capture callback or an 'uncaughtException' listener took `err`
// ('uncaughtExceptionMonitor' listeners see it first).
function handled(err, type) {
  process.emit('uncaughtExceptionMonitor', err, type);
  if (captureCallback !== null) {
    captureCallback(err);
    return true;
  }
  for (let i = auxiliaryCallbacks.length - 1; i >= 0; i--) {
    if (auxiliaryCallbacks[i](err) === true) return true;
  }
  return process.emit('uncaughtException', err, type);
}

function triggerUncaughtException(err, fromPromise) {
  if (exiting) {
    // An exception inside an 'exit' listener ends the process at once.
    printUncaught(err);
    binding.reallyExit(7);
  }
  try {
    if (handled(err, fromPromise ? 'unhandledRejection' : 'uncaughtException')) return;
  } catch (handlerError) {
    printUncaught(handlerError);
    binding.reallyExit(7);
  }
  printUncaught(err);
  process.exitCode = 1;
  // An 'exit' listener may still set the exit code, as in Node.
  const code = emitExit(false);
  binding.reallyExit(process.exitCode === undefined ? 1 : code);
}

function exitCodeOf(process) {
  const code = process.exitCode;
  return code === undefined || code === null ? 0 : Number(code) | 0;
}

// Emits 'exit' once and returns the exit code.
function emitExit(unsettledMain) {
  if (unsettledMain !== false && unsettledMain !== undefined && process.exitCode === undefined) {
    binding.writeStderr(`Warning: Detected unsettled top-level await at ${unsettledMain}\n`);
    process.exitCode = 13;
  }
  if (!exiting) {
    exiting = true;
    process._exiting = true;
    process.emit('exit', exitCodeOf(process));
  }
  return exitCodeOf(process);
}

module.exports = {
  triggerUncaughtException, emitExit, printUncaught, setUncaughtExceptionCaptureCallback,
  addUncaughtExceptionCaptureCallback, hasUncaughtExceptionCaptureCallback,
};
