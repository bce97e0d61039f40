'use strict';
// process.emitWarning() and the default 'warning' listener, which prints
// each warning to stderr through the global console (so it runs before the
// program's own listeners, and removing it silences warnings, as in Node).

const { codes, validateString } = require('internal/errors');

let helperShown = false;

/** The default 'warning' listener: "(bistro:PID) [CODE] Name: message". */
function onWarning(warning) {
  if (!(warning instanceof Error)) return;
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  const trace = process.traceProcessWarnings || (isDeprecation && process.traceDeprecation);
  let message = `(bistro:${process.pid}) `;
  if (warning.code) message += `[${warning.code}] `;
  if (trace && warning.stack) message += warning.stack;
  else message += typeof warning.toString === 'function' ? `${warning.toString()}` : Error.prototype.toString.call(warning);
  if (typeof warning.detail === 'string') message += `\n${warning.detail}`;
  if (!trace && !helperShown) {
    const flag = isDeprecation ? '--trace-deprecation' : '--trace-warnings';
    const argv0 = require('path').basename(process.argv0 || 'bistro');
    message += `\n(Use \`${argv0} ${flag} ...\` to show where the warning was created)`;
    helperShown = true;
  }
  require('console').error(message);
}

function createWarning(message, type, code, ctor, detail) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const warning = new Error(message);
  Error.stackTraceLimit = limit;
  warning.name = String(type || 'Warning');
  if (code !== undefined) warning.code = code;
  if (detail !== undefined) warning.detail = detail;
  Error.captureStackTrace(warning, ctor || process.emitWarning);
  return warning;
}

/**
 * process.emitWarning(warning[, type[, code]][, ctor]) or
 * process.emitWarning(warning, { type, code, detail, ctor }): emits
 * 'warning' on the next tick.
 */
function emitWarning(warning, type, code, ctor) {
  if (process.noDeprecation && type === 'DeprecationWarning') return;
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined) validateString(type, 'type');
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined) {
    validateString(code, 'code');
  }
  if (typeof warning === 'string') {
    warning = createWarning(warning, type, code, ctor, detail);
  } else if (!(warning instanceof Error)) {
    throw codes.ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    if (process.throwDeprecation) {
      process.nextTick(() => { throw warning; });
      return;
    }
  }
  process.nextTick(() => process.emit('warning', warning));
}

module.exports = { emitWarning, onWarning };
