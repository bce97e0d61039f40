'use strict';
// Runs once at start-up with `binding` (plugins/js/src/binding.rs): sets up
// the globals Node programs expect and hands the host its hooks.

// Start-up milestones for performance.nodeTiming: milliseconds on
// process.hrtime's clock when JavaScript starts, when the globals are set
// and when bootstrap ends.
function clockMs() {
  const [s, ns] = binding.ops.process ? binding.ops.process.hrtime() : [0, 0];
  return s * 1e3 + ns / 1e6;
}
const v8Start = clockMs();

const builtinCache = new Map();
// Files compiled as function bodies share line 1 with the wrapper
// "(function (params) {"; its length is subtracted from line-1 columns.
const wrapperOffsets = new Map();
const compileFunction = binding.compileFunction;
binding.compileFunction = function (source, filename, params) {
  wrapperOffsets.set(filename, `(function (${params.join(', ')}) {`.length);
  return compileFunction(source, filename, params);
};
const builtinIds = new Set(binding.builtinIds);

// Loads a built-in module from `modules/` on first use.
function requireBuiltin(id) {
  const cached = builtinCache.get(id);
  if (cached !== undefined) return cached.exports;
  // A public module this build leaves out (no plugin serves it) is as
  // unknown to the standard library as to programs.
  const fn = id.startsWith('internal/') || builtinIds.has(id) ? binding.loadBuiltin(id) : undefined;
  if (fn === undefined) {
    const err = new Error(`No such built-in module: ${id}`);
    err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
    throw err;
  }
  const mod = { id, exports: {} };
  builtinCache.set(id, mod);
  fn.call(mod.exports, mod.exports, requireBuiltin, mod, binding);
  return mod.exports;
}
binding.requireBuiltin = requireBuiltin;
binding.isBuiltin = (id) => builtinIds.has(id);

// The host's own file natives fail with the SDK's system-error shape, as
// plugins do; one uvException makes Node's error of it for every caller.
for (const name of ['readFile', 'cwd']) {
  const native = binding[name];
  binding[name] = function hostFileNative(...args) {
    try {
      return native(...args);
    } catch (err) {
      throw requireBuiltin('internal/errors').uvException(err);
    }
  };
}

// V8-style stack strings: "Name: message\n    at fn (file:line:col)".
function formatFrame(frame) {
  const file = frame.getFileName() || '<anonymous>';
  const line = frame.getLineNumber();
  let column = frame.getColumnNumber();
  if (line === 1 && wrapperOffsets.has(file)) column = Math.max(1, column - wrapperOffsets.get(file));
  const where = `${file}:${line}:${column}`;
  const name = frame.getFunctionName();
  return name && name !== '<anonymous>' ? `${name} (${where})` : where;
}
// The header line ("Name: message"), as V8 writes it when the stack is
// first read; Node's own errors show their code ("TypeError [ERR_X]: ..."),
// once (an AssertionError's name already holds it while its stack is made).
function stackHeader(error) {
  try {
    return error !== null && typeof error === 'object' && typeof error.code === 'string' &&
      /^ERR_/.test(error.code) && !String(error.message).startsWith(error.code) &&
      !String(error.name).includes(`[${error.code}]`)
      ? `${error.name} [${error.code}]: ${error.message}`
      : Error.prototype.toString.call(error);
  } catch {
    return '<error>';
  }
}
function formatFrames(frames) {
  let out = '';
  // An index loop: user code may have deleted Array.prototype[Symbol.iterator].
  for (let i = 0; i < frames.length; i++) {
    const frame = frames[i];
    // Native frames (Function.prototype.call and friends) have no position;
    // V8 does not show them either.
    if (frame.getLineNumber() == null) continue;
    out += `\n    at ${formatFrame(frame)}`;
  }
  return out;
}
// V8 formats a stack when it is first read, so a name or message set after
// construction (`this.name = 'MyError'` in a subclass) shows in it. QuickJS
// keeps what prepareStackTrace returns as an error's stack: for ordinary
// errors that is a PendingStack, completed by the Error.prototype.stack
// getter on first read. Error.captureStackTrace stores its result as an own
// property, so it gets the finished string.
class PendingStack {
  constructor(frames) { this.frames = frames; }
}
let capturing = false;
Error.prepareStackTrace = function prepareStackTrace(error, frames) {
  const text = formatFrames(frames);
  if (capturing || Object.prototype.toString.call(error) !== '[object Error]') return stackHeader(error) + text;
  return new PendingStack(text);
};
const captureStackTrace = Error.captureStackTrace;
Error.captureStackTrace = function captureStackTrace_(target, constructorOpt) {
  capturing = true;
  try {
    // Without a constructorOpt, frames start at the caller, not here.
    return captureStackTrace(target, constructorOpt === undefined ? Error.captureStackTrace : constructorOpt);
  } finally {
    capturing = false;
  }
};
Object.defineProperty(Error.captureStackTrace, 'name', { value: 'captureStackTrace' });
const stackAccessor = Object.getOwnPropertyDescriptor(Error.prototype, 'stack');
Object.defineProperty(Error.prototype, 'stack', {
  get: function stack() {
    const value = stackAccessor.get.call(this);
    if (!(value instanceof PendingStack)) return value;
    const text = stackHeader(this) + value.frames;
    Object.defineProperty(this, 'stack', { value: text, writable: true, configurable: true, enumerable: false });
    return text;
  },
  set: function stack(value) {
    Object.defineProperty(this, 'stack', { value, writable: true, configurable: true, enumerable: false });
  },
  enumerable: false,
  configurable: true,
});
Error.stackTraceLimit = 10;

const g = globalThis;
// Globals Node defines as enumerable properties of globalThis.
const enumerableGlobals = new Set(['global', 'atob', 'btoa', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval',
  'setImmediate', 'clearImmediate', 'queueMicrotask', 'structuredClone', 'performance']);
function defineValue(name, value) {
  Object.defineProperty(g, name, { value, writable: true, configurable: true, enumerable: enumerableGlobals.has(name) });
}
// A global that loads its module on first access, then becomes a plain value.
function defineLazy(name, load) {
  Object.defineProperty(g, name, {
    configurable: true,
    enumerable: enumerableGlobals.has(name),
    get() { const value = load(); defineValue(name, value); return value; },
    set(value) { defineValue(name, value); },
  });
}

// A global Node keeps as a getter/setter pair: assigning it replaces the
// value, not the accessor (process, Buffer).
function defineAccessor(name, load) {
  let value;
  let loaded = false;
  Object.defineProperty(g, name, {
    configurable: true,
    enumerable: false,
    get() {
      if (!loaded) {
        value = load();
        loaded = true;
      }
      return value;
    },
    set(replacement) {
      value = replacement;
      loaded = true;
    },
  });
}

defineValue('global', g);
const process = requireBuiltin('process');
defineAccessor('process', () => process);
defineAccessor('Buffer', () => requireBuiltin('buffer').Buffer);
Object.defineProperty(g, 'navigator', {
  configurable: true,
  enumerable: true,
  get: Object.getOwnPropertyDescriptor({ get navigator() { return requireBuiltin('internal/navigator').navigator; } },
    'navigator').get,
});
defineLazy('console', () => requireBuiltin('console'));
for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate']) {
  defineLazy(name, () => requireBuiltin('timers')[name]);
}
// Web-platform globals, each loaded on first use.
const webGlobals = {
  DOMException: ['internal/dom_exception', 'DOMException'],
  Event: ['internal/event_target', 'Event'],
  EventTarget: ['internal/event_target', 'EventTarget'],
  CustomEvent: ['internal/event_target', 'CustomEvent'],
  AbortController: ['internal/abort', 'AbortController'],
  AbortSignal: ['internal/abort', 'AbortSignal'],
  TextEncoder: ['internal/encoding', 'TextEncoder'],
  TextDecoder: ['internal/encoding', 'TextDecoder'],
  structuredClone: ['internal/structured_clone', 'structuredClone'],
  atob: ['internal/base64', 'atob'],
  btoa: ['internal/base64', 'btoa'],
  performance: ['perf_hooks', 'performance'],
  Performance: ['perf_hooks', 'Performance'],
  PerformanceEntry: ['perf_hooks', 'PerformanceEntry'],
  PerformanceMark: ['perf_hooks', 'PerformanceMark'],
  PerformanceMeasure: ['perf_hooks', 'PerformanceMeasure'],
  PerformanceObserver: ['perf_hooks', 'PerformanceObserver'],
  PerformanceObserverEntryList: ['perf_hooks', 'PerformanceObserverEntryList'],
  PerformanceResourceTiming: ['perf_hooks', 'PerformanceResourceTiming'],
  Navigator: ['internal/navigator', 'Navigator'],
  URL: ['internal/url', 'URL'],
  URLSearchParams: ['internal/url', 'URLSearchParams'],
  Blob: ['internal/blob', 'Blob'],
  File: ['internal/blob', 'File'],
  MessageChannel: ['internal/worker/message_port', 'MessageChannel'],
  MessagePort: ['internal/worker/message_port', 'MessagePort'],
  MessageEvent: ['internal/worker/message_event', 'MessageEvent'],
  BroadcastChannel: ['internal/worker/broadcast_channel', 'BroadcastChannel'],
};
for (const [name, [id, key]] of Object.entries(webGlobals)) {
  defineLazy(name, () => requireBuiltin(id)[key]);
}
const ticks = requireBuiltin('internal/ticks');
defineValue('queueMicrotask', ticks.queueMicrotask);

const environment = clockMs();

const fatal = requireBuiltin('internal/fatal');
const loader = requireBuiltin('internal/loader');

binding.setHooks({
  onTimer: (id) => requireBuiltin('timers')._onTimer(id),
  onImmediate: () => requireBuiltin('timers')._onImmediate(),
  processTicksAndRejections: ticks.processTicksAndRejections,
  fatal: (err) => fatal.triggerUncaughtException(err, false),
  beforeExit: () => process.emit('beforeExit', process.exitCode === undefined ? 0 : process.exitCode),
  emitExit: () => fatal.emitExit(loader.unsettledMainModule()),
  resolveImport: loader.resolveImport,
  loadImport: loader.loadImport,
});

binding.milestones = [v8Start, environment, clockMs()];
return requireBuiltin('internal/main');
