'use strict';
// util.getCallSites: the caller's stack as plain objects, read from the
// engine's call sites without running the user's Error.prepareStackTrace.

const { codes, validateInteger, validateObject } = require('internal/errors');

// Taken when util loads, before user code can replace them.
const captureStackTrace = Error.captureStackTrace;
const collectFrames = (error, frames) => frames;

// V8 numbers scripts; QuickJS does not, so each script name gets its own id.
const scriptIds = new Map();
function scriptIdOf(name) {
  if (!scriptIds.has(name)) scriptIds.set(name, String(scriptIds.size + 1));
  return scriptIds.get(name);
}

/** The engine's call sites above `below` (a function on the stack). */
function rawFrames(below) {
  const { prepareStackTrace, stackTraceLimit } = Error;
  const holder = {};
  Error.prepareStackTrace = collectFrames;
  Error.stackTraceLimit = Infinity;
  try {
    captureStackTrace(holder, below);
    return holder.stack;
  } finally {
    Error.prepareStackTrace = prepareStackTrace;
    Error.stackTraceLimit = stackTraceLimit;
  }
}

/**
 * The `frameCount` (1 to 200, default 10) innermost frames of the
 * caller's stack, as { functionName, scriptId, scriptName, lineNumber,
 * columnNumber, column }; native frames are left out. `options` may be
 * the only argument; options.sourceMap must be a boolean when given.
 */
function getCallSites(frameCount = 10, options = undefined) {
  if (options === undefined && typeof frameCount === 'object') {
    options = frameCount;
    frameCount = 10;
  }
  if (options !== undefined) {
    validateObject(options, 'options');
    if (options.sourceMap !== undefined && typeof options.sourceMap !== 'boolean') {
      throw codes.ERR_INVALID_ARG_TYPE('options.sourceMap', 'boolean', options.sourceMap);
    }
  }
  validateInteger(frameCount, 'frameCount', 1, 200);
  const sites = [];
  for (const frame of rawFrames(getCallSites)) {
    if (sites.length === frameCount) break;
    const lineNumber = frame.getLineNumber();
    if (lineNumber == null) continue;
    const scriptName = frame.getFileName() ?? '';
    const column = frame.getColumnNumber();
    sites.push({
      __proto__: null,
      functionName: frame.getFunctionName() ?? '',
      scriptId: scriptIdOf(scriptName),
      scriptName,
      lineNumber,
      columnNumber: column,
      column,
    });
  }
  return sites;
}

/**
 * Whether the code that called into the standard library lives under a
 * node_modules folder: the first frame outside `node:` modules decides.
 */
function isInsideNodeModules() {
  for (const frame of rawFrames(isInsideNodeModules)) {
    const name = frame.getFileName();
    if (!name || name.startsWith('node:')) continue;
    return /[/\\]node_modules[/\\]/.test(name) || name.startsWith('node_modules/');
  }
  return false;
}

module.exports = { getCallSites, isInsideNodeModules };
