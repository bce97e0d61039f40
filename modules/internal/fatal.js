'use strict';
// Uncaught exceptions: 'uncaughtException' listeners, or print the error
// the way Node does and exit with code 1; and the final 'exit' event.

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
    text = `${origin}${describe(err)}\n\nbistro v${globalThis.process.versions.bistro}\n`;
    if (err && err.code === 'ERR_UNHANDLED_REJECTION') text = `${describe(err)}\n\nbistro v${globalThis.process.versions.bistro}\n`;
  }
  binding.writeStderr(text);
}

function triggerUncaughtException(err, fromPromise) {
  const process = globalThis.process;
  if (exiting) {
    // An exception inside an 'exit' listener ends the process at once.
    printUncaught(err);
    binding.reallyExit(7);
  }
  if (process.listenerCount('uncaughtException') > 0) {
    try {
      process.emit('uncaughtException', err, fromPromise ? 'unhandledRejection' : 'uncaughtException');
      return;
    } catch (handlerError) {
      printUncaught(handlerError);
      binding.reallyExit(7);
    }
  }
  printUncaught(err);
  process.exitCode = 1;
  emitExit(false);
  binding.reallyExit(1);
}

function exitCodeOf(process) {
  const code = process.exitCode;
  return code === undefined || code === null ? 0 : Number(code) | 0;
}

// Emits 'exit' once and returns the exit code.
function emitExit(unsettledMain) {
  const process = globalThis.process;
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

module.exports = { triggerUncaughtException, emitExit, printUncaught };
