'use strict';
// node:console — the Console class and the global console, printing
// through util.formatWithOptions exactly as Node does.

const { format, formatWithOptions, inspect } = require('util');
const { codes, validateInteger, validateObject } = require('internal/errors');
const types = require('internal/types');
const cliTable = require('internal/cli_table');

const kWrite = Symbol('write');
const kGroupIndent = Symbol('groupIndent');
const kCounts = Symbol('counts');
const kTimers = Symbol('timers');
const kInspectOptions = Symbol('inspectOptions');
const kGroupIndentation = Symbol('groupIndentation');

function formatTime(ms) {
  const hours = Math.floor(ms / 3600000);
  const minutes = Math.floor(ms / 60000) % 60;
  const seconds = (ms / 1000) % 60;
  if (hours > 0) return `${hours}:${String(minutes).padStart(2, '0')}:${seconds.toFixed(3).padStart(6, '0')} (h:mm:ss.mmm)`;
  if (minutes > 0) return `${minutes}:${seconds.toFixed(3).padStart(6, '0')} (m:ss.mmm)`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(3)}s`;
  return `${ms.toFixed(3)}ms`;
}

// A write function for a stream; with ignoreErrors, a failing write is
// dropped as in Node.
function streamWriter(stream, name, ignoreErrors) {
  if (!stream || typeof stream.write !== 'function') throw codes.ERR_CONSOLE_WRITABLE_STREAM(name);
  if (!ignoreErrors) return (text) => stream.write(text);
  return (text) => {
    try {
      stream.write(text);
    } catch {
      // Node's console swallows stream errors unless ignoreErrors is false.
    }
  };
}

const kMaxGroupIndentation = 1000;

class Console {
  constructor(options, stderr, ignoreErrors) {
    if (!new.target) return new Console(options, stderr, ignoreErrors);
    if (!options || typeof options.write === 'function') options = { stdout: options, stderr, ignoreErrors };
    const { stdout, stderr: errStream = stdout, ignoreErrors: ignore = true, inspectOptions, groupIndentation = 2 } =
      options;
    const out = streamWriter(stdout, 'stdout', ignore);
    const err = streamWriter(errStream, 'stderr', ignore);
    validateInteger(groupIndentation, 'groupIndentation', 0, kMaxGroupIndentation);
    if (inspectOptions !== undefined) validateObject(inspectOptions, 'options.inspectOptions');
    this[kWrite] = { out, err };
    this[kInspectOptions] = inspectOptions;
    this[kGroupIndentation] = groupIndentation;
    this[kGroupIndent] = '';
    this[kCounts] = new Map();
    this[kTimers] = new Map();
    // Methods are bound, so `const { log } = console` works as in Node.
    for (const name of Object.getOwnPropertyNames(Console.prototype)) {
      if (name !== 'constructor' && typeof this[name] === 'function') this[name] = this[name].bind(this);
    }
  }

  #print(which, args) {
    const options = this[kInspectOptions];
    let text = options === undefined ? format(...args) : formatWithOptions(options, ...args);
    const indent = this[kGroupIndent];
    if (indent !== '') text = indent + text.split('\n').join(`\n${indent}`);
    this[kWrite][which](`${text}\n`);
  }

  log(...args) { this.#print('out', args); }
  info(...args) { this.#print('out', args); }
  debug(...args) { this.#print('out', args); }
  dirxml(...args) { this.#print('out', args); }
  warn(...args) { this.#print('err', args); }
  error(...args) { this.#print('err', args); }

  dir(object, options) {
    this.#print('out', [inspect(object, { customInspect: false, ...this[kInspectOptions], ...options })]);
  }

  trace(...args) {
    const err = { name: 'Trace', message: format(...args) };
    Error.captureStackTrace(err, this.trace);
    this.#print('err', [err.stack]);
  }

  assert(condition, ...args) {
    if (condition) return;
    args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
    this.warn(...args);
  }

  count(label = 'default') {
    label = `${label}`;
    const count = (this[kCounts].get(label) || 0) + 1;
    this[kCounts].set(label, count);
    this.log(`${label}: ${count}`);
  }

  countReset(label = 'default') {
    label = `${label}`;
    if (!this[kCounts].delete(label)) process.emitWarning(`Count for '${label}' does not exist`);
  }

  group(...labels) {
    if (labels.length > 0) this.log(...labels);
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentation]);
  }

  groupCollapsed(...labels) {
    this.group(...labels);
  }

  groupEnd() {
    this[kGroupIndent] = this[kGroupIndent].slice(0, this[kGroupIndent].length - this[kGroupIndentation]);
  }

  time(label = 'default') {
    label = `${label}`;
    if (this[kTimers].has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this[kTimers].set(label, performance.now());
  }

  timeEnd(label = 'default') {
    label = `${label}`;
    if (this.#timeLogImpl('timeEnd', label, [])) this[kTimers].delete(label);
  }

  timeLog(label = 'default', ...data) {
    this.#timeLogImpl('timeLog', `${label}`, data);
  }

  #timeLogImpl(name, label, data) {
    const start = this[kTimers].get(label);
    if (start === undefined) {
      process.emitWarning(`No such label '${label}' for console.${name}()`);
      return false;
    }
    this.log(`${label}: ${formatTime(performance.now() - start)}`, ...data);
    return true;
  }

  table(data, properties) {
    if (properties !== undefined && !Array.isArray(properties)) {
      throw codes.ERR_INVALID_ARG_TYPE('properties', 'Array', properties);
    }
    if (data === null || typeof data !== 'object') {
      this.log(data);
      return;
    }
    const cell = (v) => {
      const depth = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 2 ? -1 : 0;
      return inspect(v, { depth, maxArrayLength: 3, breakLength: Infinity });
    };
    const indexes = (length) => Array.from({ length }, (_, i) => cell(i));
    const print = (head, columns) => this.log(cliTable.table(head, columns));
    if (types.isMap(data) || types.isMapIterator(data)) {
      const keys = [];
      const values = [];
      for (const [k, v] of data) {
        keys.push(cell(k));
        values.push(cell(v));
      }
      print(['(iteration index)', 'Key', 'Values'], [indexes(keys.length), keys, values]);
      return;
    }
    if (types.isSet(data) || types.isSetIterator(data)) {
      const values = [...data].map(cell);
      print(['(iteration index)', 'Values'], [indexes(values.length), values]);
      return;
    }
    const map = Object.create(null);
    let hasPrimitives = false;
    const primitives = [];
    const rowKeys = Object.keys(data);
    rowKeys.forEach((rowKey, i) => {
      const item = data[rowKey];
      const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
      if (properties === undefined && primitive) {
        hasPrimitives = true;
        primitives[i] = cell(item);
        return;
      }
      for (const key of properties || Object.keys(item)) {
        map[key] ??= [];
        map[key][i] = (primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key) ? '' : cell(item[key]);
      }
    });
    const head = Object.keys(map);
    const columns = Object.values(map);
    if (hasPrimitives) {
      head.push('Values');
      columns.push(primitives);
    }
    print(['(index)', ...head], [rowKeys, ...columns]);
  }

  // Inspector-only methods: no-ops without an inspector, as in Node.
  clear() {}
  profile() {}
  profileEnd() {}
  timeStamp() {}

  context() {
    return new Console({ stdout: { write: this[kWrite].out }, stderr: { write: this[kWrite].err } });
  }

  createTask() {
    return { run: (fn) => fn() };
  }
}

// The global console writes straight to the host's standard streams.
const console = new Console({
  stdout: { write: (text) => binding.writeStdout(text) },
  stderr: { write: (text) => binding.writeStderr(text) },
});
console.Console = Console;

module.exports = console;
