'use strict';
// node:console — the global console, printing through util.format.

const { formatWithOptions, inspect } = require('util');

let groupIndent = '';
const counts = new Map();
const timers = new Map();

function write(stream, args) {
  let text = formatWithOptions(undefined, ...args);
  if (groupIndent !== '') text = groupIndent + text.split('\n').join(`\n${groupIndent}`);
  stream(`${text}\n`);
}

const toStdout = (text) => binding.writeStdout(text);
const toStderr = (text) => binding.writeStderr(text);

function elapsedLabel(ms) {
  if (ms >= 1000) return `${(ms / 1000).toFixed(3)}s`;
  return `${ms.toFixed(3)}ms`;
}

const console = {
  log(...args) { write(toStdout, args); },
  info(...args) { write(toStdout, args); },
  debug(...args) { write(toStdout, args); },
  warn(...args) { write(toStderr, args); },
  error(...args) { write(toStderr, args); },
  trace(...args) {
    const err = new Error(formatWithOptions(undefined, ...args));
    err.name = 'Trace';
    Error.captureStackTrace(err, console.trace);
    write(toStderr, [err.stack]);
  },
  dir(value, options) { write(toStdout, [inspect(value, { customInspect: false, ...options })]); },
  assert(condition, ...args) {
    if (!condition) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      write(toStderr, args);
    }
  },
  count(label = 'default') {
    label = `${label}`;
    const count = (counts.get(label) || 0) + 1;
    counts.set(label, count);
    write(toStdout, [`${label}: ${count}`]);
  },
  countReset(label = 'default') { counts.delete(`${label}`); },
  group(...args) {
    if (args.length > 0) write(toStdout, args);
    groupIndent += '  ';
  },
  groupEnd() { groupIndent = groupIndent.slice(0, -2); },
  time(label = 'default') { timers.set(`${label}`, globalThis.performance ? performance.now() : Date.now()); },
  timeEnd(label = 'default') {
    label = `${label}`;
    const start = timers.get(label);
    if (start === undefined) return;
    timers.delete(label);
    write(toStdout, [`${label}: ${elapsedLabel(Date.now() - start)}`]);
  },
};
console.groupCollapsed = console.group;

module.exports = console;
