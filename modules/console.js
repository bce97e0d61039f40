'use strict';
// node:console — the Console class and the global console, printing
// through util.formatWithOptions exactly as Node does. A Console writes to
// its streams (swallowing their errors unless ignoreErrors is false); the
// global console writes to process.stdout and process.stderr, straight to
// the host while those are still bistro's own idle streams.

const { formatWithOptions, inspect } = require('util');
const { codes, validateInteger, validateObject } = require('internal/errors');
const types = require('internal/types');
const cliTable = require('internal/cli_table');
const stdio = require('internal/stdio');
const { runtimeEnv } = require('internal/runtime_env');

const kCounts = Symbol('counts');
const kColorMode = Symbol('kColorMode');
const kIsConsole = Symbol('kIsConsole');
const kGroupIndentationWidth = Symbol('kGroupIndentWidth');
const kGroupIndentation = Symbol('kGroupIndentationString');
// The global console's streams: [, stdout, stderr] once read or set.
const kLazyStreams = Symbol('kLazyStreams');

const kMaxGroupIndentation = 1000;
// A console's inspectOptions, by stream (a Map), when it was given some.
const kInspectOptions = Symbol('kInspectOptions');

function formatTime(ms) {
  const hours = Math.floor(ms / 3600000);
  const minutes = Math.floor(ms / 60000) % 60;
  const seconds = (ms / 1000) % 60;
  if (hours > 0) return `${hours}:${String(minutes).padStart(2, '0')}:${seconds.toFixed(3).padStart(6, '0')} (h:mm:ss.mmm)`;
  if (minutes > 0) return `${minutes}:${seconds.toFixed(3).padStart(6, '0')} (m:ss.mmm)`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(3)}s`;
  return `${ms.toFixed(3)}ms`;
}

function noop() {}

// The error of overflowing the stack, as this engine reports it.
let stackOverflow;
function isStackOverflowError(err) {
  if (stackOverflow === undefined) {
    const overflow = () => overflow();
    try {
      overflow();
    } catch (e) {
      stackOverflow = { name: e.name, message: e.message };
    }
  }
  return err !== null && typeof err === 'object' && err.name === stackOverflow.name &&
    err.message === stackOverflow.message;
}

// Whether fd 1 and 2 are terminals, asked once (as process.stdout.isTTY is).
const terminals = [];

// Node's shouldColorize: FORCE_COLOR decides, else whether the stream is a
// terminal with colors (fd: the standard stream the text goes to).
function shouldColorize(stream, fd) {
  const force = runtimeEnv('FORCE_COLOR');
  if (force !== undefined) return ['', '1', 'true', '2', '3'].includes(force);
  const isTTY = stream === undefined ? (terminals[fd] ??= binding.isatty(fd)) : Boolean(stream?.isTTY);
  if (!isTTY) return false;
  if (typeof stream?.getColorDepth === 'function') return stream.getColorDepth() > 2;
  return runtimeEnv('NO_COLOR') === undefined && runtimeEnv('NODE_DISABLE_COLORS') === undefined
    && runtimeEnv('TERM') !== 'dumb';
}

const kColorInspectOptions = { colors: true };
const kNoColorInspectOptions = {};

// The stream a console's text for fd 1 or 2 goes to; undefined when it may
// go straight to the host.
function streamOf(self, fd) {
  const lazy = self[kLazyStreams];
  if (lazy !== undefined && stdio.writesDirectly(fd, lazy[fd])) return undefined;
  return fd === 1 ? self._stdout : self._stderr;
}

function inspectOptionsFor(self, stream, fd) {
  let color = self[kColorMode];
  if (color === 'auto') color = shouldColorize(stream, fd);
  const options = self[kInspectOptions]?.get(stream);
  if (options) {
    if (options.colors === undefined) options.colors = color;
    return options;
  }
  return color ? kColorInspectOptions : kNoColorInspectOptions;
}

function formatFor(self, fd, args) {
  if (args.length === 1 && typeof args[0] === 'string') return args[0];
  return formatWithOptions(inspectOptionsFor(self, streamOf(self, fd), fd), ...args);
}

function writeToConsole(self, fd, text) {
  const indent = self[kGroupIndentation];
  if (indent.length !== 0) {
    if (text.includes('\n')) text = text.replace(/\n/g, `\n${indent}`);
    text = indent + text;
  }
  text += '\n';
  const stream = streamOf(self, fd);
  if (stream === undefined) {
    if (fd === 1) binding.writeStdout(text);
    else binding.writeStderr(text);
    return undefined;
  }
  if (self._ignoreErrors === false) return stream.write(text);
  // Errors thrown now or emitted later are the stream's business, not the
  // program's; a stack overflow is not swallowed.
  try {
    if (stream.listenerCount('error') === 0) stream.once('error', noop);
    stream.write(text, fd === 1 ? self._stdoutErrorHandler : self._stderrErrorHandler);
  } catch (err) {
    if (isStackOverflowError(err)) throw err;
  } finally {
    stream.removeListener('error', noop);
  }
  return undefined;
}

// A write callback that keeps a failed write's 'error' event from becoming
// an uncaught exception.
function writeErrorHandler(self, fd) {
  return (err) => {
    const stream = fd === 1 ? self._stdout : self._stderr;
    if (err !== null && !stream._writableState?.errorEmitted && stream.listenerCount('error') === 0) {
      stream.once('error', noop);
    }
  };
}

const hidden = { writable: true, enumerable: false, configurable: true };

function bindProperties(self, ignoreErrors, colorMode, groupIndentation = 2) {
  Object.defineProperties(self, {
    _stdoutErrorHandler: { ...hidden, value: writeErrorHandler(self, 1) },
    _stderrErrorHandler: { ...hidden, value: writeErrorHandler(self, 2) },
    _ignoreErrors: { ...hidden, value: Boolean(ignoreErrors) },
    _times: { ...hidden, value: new Map() },
    [kCounts]: { ...hidden, value: new Map() },
    [kColorMode]: { ...hidden, value: colorMode },
    [kIsConsole]: { ...hidden, value: true },
    [kGroupIndentationWidth]: { ...hidden, value: groupIndentation },
    [kGroupIndentation]: { ...hidden, value: '' },
    [Symbol.toStringTag]: { value: 'console', writable: false, enumerable: false, configurable: true },
  });
}

/**
 * new Console(stdout[, stderr[, ignoreErrors]]) or new Console(options):
 * a console printing to the given streams (callable without `new`).
 */
function Console(options, stderr, ignoreErrors) {
  if (new.target === undefined) return Reflect.construct(Console, arguments);
  if (!options || typeof options.write === 'function') options = { stdout: options, stderr, ignoreErrors };
  const {
    stdout, stderr: errStream = stdout, ignoreErrors: ignore = true, colorMode = 'auto', inspectOptions,
    groupIndentation,
  } = options;
  if (!stdout || typeof stdout.write !== 'function') throw codes.ERR_CONSOLE_WRITABLE_STREAM('stdout');
  if (!errStream || typeof errStream.write !== 'function') throw codes.ERR_CONSOLE_WRITABLE_STREAM('stderr');
  if (colorMode !== 'auto' && colorMode !== true && colorMode !== false) {
    throw codes.ERR_INVALID_ARG_VALUE('colorMode', colorMode, "must be one of: 'auto', true, false");
  }
  if (groupIndentation !== undefined) {
    validateInteger(groupIndentation, 'groupIndentation', 0, kMaxGroupIndentation);
  }
  if (inspectOptions !== undefined) {
    validateObject(inspectOptions, 'options.inspectOptions');
    const byStream = types.isMap(inspectOptions)
      ? inspectOptions : new Map([[stdout, inspectOptions], [errStream, inspectOptions]]);
    for (const each of byStream.values()) {
      if (each.colors !== undefined && options.colorMode !== undefined) {
        throw codes.ERR_INCOMPATIBLE_OPTION_PAIR('options.inspectOptions.color', 'colorMode');
      }
    }
    Object.defineProperty(this, kInspectOptions, { value: byStream, writable: true, configurable: true });
  }
  // Methods are bound, so `const { log } = console` works as in Node.
  for (const key of Object.keys(Console.prototype)) {
    this[key] = this[key].bind(this);
    Object.defineProperty(this[key], 'name', { value: key });
  }
  Object.defineProperties(this, {
    _stdout: { ...hidden, value: stdout },
    _stderr: { ...hidden, value: errStream },
  });
  bindProperties(this, ignore, colorMode, groupIndentation);
}

Object.defineProperty(Console, Symbol.hasInstance, {
  value: { [Symbol.hasInstance](instance) { return Boolean(instance?.[kIsConsole]); } }[Symbol.hasInstance],
});

const cell = (self, v) => {
  const depth = v !== null && typeof v === 'object' && !Array.isArray(v) && !types.isTypedArray(v) &&
    Object.keys(v).length > 2 ? -1 : 0;
  return inspect(v, { depth, maxArrayLength: 3, breakLength: Infinity, ...inspectOptionsFor(self, streamOf(self, 1), 1) });
};

const consoleMethods = {
  log(...args) { writeToConsole(this, 1, formatFor(this, 1, args)); },
  info(...args) { writeToConsole(this, 1, formatFor(this, 1, args)); },
  debug(...args) { writeToConsole(this, 1, formatFor(this, 1, args)); },
  warn(...args) { writeToConsole(this, 2, formatFor(this, 2, args)); },
  error(...args) { writeToConsole(this, 2, formatFor(this, 2, args)); },

  dir(object, options) {
    writeToConsole(this, 1, inspect(object, { customInspect: false, ...inspectOptionsFor(this, streamOf(this, 1), 1), ...options }));
  },

  time(label = 'default') {
    label = `${label}`;
    if (this._times.has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this._times.set(label, performance.now());
  },

  timeEnd(label = 'default') {
    label = `${label}`;
    if (timeLogImpl(this, 'timeEnd', label, [])) this._times.delete(label);
  },

  timeLog(label = 'default', ...data) {
    timeLogImpl(this, 'timeLog', `${label}`, data);
  },

  trace: function trace(...args) {
    const err = { name: 'Trace', message: formatFor(this, 2, args) };
    Error.captureStackTrace(err, trace);
    this.error(err.stack);
  },

  assert(condition, ...args) {
    if (condition) return;
    // A leading string is the message; other values print after the words.
    if (typeof args[0] === 'string') args[0] = `Assertion failed: ${args[0]}`;
    else args.unshift('Assertion failed');
    this.warn(...args);
  },

  // Moves a terminal's cursor home and clears the screen below it.
  clear() {
    const stream = this._stdout;
    if (stream.isTTY && runtimeEnv('TERM') !== 'dumb') stream.write('\u001b[1;1H\u001b[0J');
  },

  count(label = 'default') {
    label = `${label}`;
    const count = (this[kCounts].get(label) || 0) + 1;
    this[kCounts].set(label, count);
    this.log(`${label}: ${count}`);
  },

  countReset(label = 'default') {
    if (!this[kCounts].has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    this[kCounts].delete(`${label}`);
  },

  group(...labels) {
    if (labels.length > 0) this.log(...labels);
    this[kGroupIndentation] += ' '.repeat(this[kGroupIndentationWidth]);
  },

  groupEnd() {
    const indent = this[kGroupIndentation];
    this[kGroupIndentation] = indent.slice(0, indent.length - this[kGroupIndentationWidth]);
  },

  table(data, properties) {
    if (properties !== undefined && !Array.isArray(properties)) {
      throw codes.ERR_INVALID_ARG_TYPE('properties', 'Array', properties);
    }
    if (data === null || typeof data !== 'object') return this.log(data);
    const show = (v) => cell(this, v);
    const indexes = (length) => Array.from({ length }, (_, i) => show(i));
    const print = (head, columns) => this.log(cliTable.table(head, columns));
    if (types.isMap(data) || types.isMapIterator(data)) {
      const keys = [];
      const values = [];
      for (const [k, v] of data) {
        keys.push(show(k));
        values.push(show(v));
      }
      return print(['(iteration index)', 'Key', 'Values'], [indexes(keys.length), keys, values]);
    }
    if (types.isSet(data) || types.isSetIterator(data)) {
      const values = [...data].map(show);
      return print(['(iteration index)', 'Values'], [indexes(values.length), values]);
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
        primitives[i] = show(item);
        return;
      }
      for (const key of properties || Object.keys(item)) {
        map[key] ??= [];
        map[key][i] = (primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key) ? '' : show(item[key]);
      }
    });
    const head = Object.keys(map);
    const columns = Object.values(map);
    if (hasPrimitives) {
      head.push('Values');
      columns.push(primitives);
    }
    return print(['(index)', ...head], [rowKeys, ...columns]);
  },
};

function timeLogImpl(self, name, label, data) {
  const start = self._times.get(label);
  if (start === undefined) {
    process.emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  self.log(`${label}: ${formatTime(performance.now() - start)}`, ...data);
  return true;
}

for (const name of Object.keys(consoleMethods)) Console.prototype[name] = consoleMethods[name];
Console.prototype.dirxml = Console.prototype.log;
Console.prototype.groupCollapsed = Console.prototype.group;

// The global console: a plain object with every method bound to it, its
// streams read from process when first needed, and the inspector's
// methods (no-ops without an inspector).
const console = Object.create({});
for (const key of Object.keys(Console.prototype)) {
  const method = Console.prototype[key].bind(console);
  Object.defineProperty(method, 'name', { value: key });
  console[key] = method;
}
bindProperties(console, true, 'auto');
console.Console = Console;
const inspectorMethods = {
  profile() {},
  profileEnd() {},
  timeStamp() {},
  context(name) {
    return new Console({ stdout: process.stdout, stderr: process.stderr, name });
  },
  createTask() {
    return { run: (fn) => fn() };
  },
};
Object.assign(console, inspectorMethods);
console[kLazyStreams] = [undefined, undefined, undefined];
Object.defineProperty(console, kLazyStreams, { enumerable: false });
for (const [name, fd] of [['_stdout', 1], ['_stderr', 2]]) {
  Object.defineProperty(console, name, {
    get() { return (this[kLazyStreams][fd] ||= fd === 1 ? process.stdout : process.stderr); },
    set(value) { this[kLazyStreams][fd] = value; },
    enumerable: false,
    configurable: true,
  });
}

module.exports = console;
