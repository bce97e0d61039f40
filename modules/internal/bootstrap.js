'use strict';
// Runs once at start-up with `binding` (plugins/js/src/binding.rs): sets up
// the globals Node programs expect and hands the host its hooks.

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
  const fn = binding.loadBuiltin(id);
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
Error.prepareStackTrace = function prepareStackTrace(error, frames) {
  let header;
  try {
    header = error !== null && typeof error === 'object' && typeof error.code === 'string' &&
      /^ERR_/.test(error.code) && !String(error.message).startsWith(error.code)
      ? `${error.name} [${error.code}]: ${error.message}`
      : Error.prototype.toString.call(error);
  } catch {
    header = '<error>';
  }
  let out = header;
  for (const frame of frames) {
    // Native frames (Function.prototype.call and friends) have no position;
    // V8 does not show them either.
    if (frame.getLineNumber() == null) continue;
    out += `\n    at ${formatFrame(frame)}`;
  }
  return out;
};
Error.stackTraceLimit = 10;

const g = globalThis;
// Globals Node defines as enumerable properties of globalThis.
const enumerableGlobals = new Set(['global', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval',
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

defineValue('global', g);
const process = requireBuiltin('process');
defineValue('process', process);
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
  performance: ['perf_hooks', 'performance'],
};
for (const [name, [id, key]] of Object.entries(webGlobals)) {
  defineLazy(name, () => requireBuiltin(id)[key]);
}
const ticks = requireBuiltin('internal/ticks');
defineValue('queueMicrotask', ticks.queueMicrotask);

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

return { runMain: loader.runMain, evalScript: loader.evalScript };
