'use strict';
// The argument checks every child_process function shares, with Node's
// errors: spawn's (file, args, options) made into one options object
// (Node's normalizeSpawnArguments), and the timeout, maxBuffer and
// killSignal options.

const { codes, validateInteger, validateNumber, validateObject, validateString } = require('internal/errors');
const { getValidatedPath, validateBoolean } = require('internal/fs/utils');
const { convertToValidSignal } = require('internal/signals');
const { opSlot } = require('internal/child_process/stdio');

function validateInt32(value, name) {
  validateInteger(value, name, -(2 ** 31), 2 ** 31 - 1);
}

function validateArray(value, name) {
  if (!Array.isArray(value)) throw codes.ERR_INVALID_ARG_TYPE(name, 'Array', value);
}

/** Throws ERR_INVALID_ARG_VALUE when a string holds a null byte. */
function validateArgumentNullCheck(arg, name) {
  if (typeof arg === 'string' && arg.includes('\u0000')) {
    throw codes.ERR_INVALID_ARG_VALUE(name, arg, 'must be a string without null bytes');
  }
}

function validateArgumentsNullCheck(args, name) {
  for (let i = 0; i < args.length; i++) validateArgumentNullCheck(args[i], `${name}[${i}]`);
}

/** The timeout option: a non-negative integer, when given. */
function validateTimeout(timeout) {
  if (timeout != null) validateInteger(timeout, 'timeout', 0);
}

/** The maxBuffer option: a non-negative number, when given. */
function validateMaxBuffer(maxBuffer) {
  if (maxBuffer != null) validateNumber(maxBuffer, 'options.maxBuffer', 0);
}

/** The killSignal option as a signal number (undefined when not given). */
function sanitizeKillSignal(killSignal) {
  if (typeof killSignal === 'string' || typeof killSignal === 'number') return convertToValidSignal(killSignal);
  if (killSignal != null) throw codes.ERR_INVALID_ARG_TYPE('options.killSignal', ['string', 'number'], killSignal);
  return undefined;
}

/** An environment object as 'KEY=value' strings: its own and inherited
 * keys (as Node takes them), undefined values left out. */
function toEnvPairs(env) {
  const envPairs = [];
  for (const key in env) {
    const value = env[key];
    if (value === undefined) continue;
    validateArgumentNullCheck(key, `options.env['${key}']`);
    validateArgumentNullCheck(value, `options.env['${key}']`);
    envPairs.push(`${key}=${value}`);
  }
  return envPairs;
}

let warnedShellArgs = false;

/** spawn's arguments as `{ ...options, file, args, cwd, envPairs, detached }`,
 * where `args` starts with argv0 and `file` is the shell when `shell` is set. */
function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  validateArgumentNullCheck(file, 'file');
  if (file.length === 0) throw codes.ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw codes.ERR_INVALID_ARG_TYPE('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  validateArgumentsNullCheck(args, 'args');
  if (options !== undefined) validateObject(options, 'options');
  // Own options only: a value on Object.prototype is no option.
  options = { __proto__: null, ...options };

  const cwd = options.cwd != null ? getValidatedPath(options.cwd, 'options.cwd') : options.cwd;
  if (options.detached != null) validateBoolean(options.detached, 'options.detached');
  if (options.uid != null) validateInt32(options.uid, 'options.uid');
  if (options.gid != null) validateInt32(options.gid, 'options.gid');
  if (options.shell != null && typeof options.shell !== 'boolean' && typeof options.shell !== 'string') {
    throw codes.ERR_INVALID_ARG_TYPE('options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    validateArgumentNullCheck(options.argv0, 'options.argv0');
  }
  if (options.windowsHide != null) validateBoolean(options.windowsHide, 'options.windowsHide');
  if (options.windowsVerbatimArguments != null) {
    validateBoolean(options.windowsVerbatimArguments, 'options.windowsVerbatimArguments');
  }

  if (options.shell) {
    validateArgumentNullCheck(options.shell, 'options.shell');
    if (args.length > 0 && !warnedShellArgs) {
      warnedShellArgs = true;
      process.emitWarning('Passing args to a child process with shell option true can lead to security ' +
        'vulnerabilities, as the arguments are not escaped, only concatenated.', 'DeprecationWarning', 'DEP0190');
    }
    const command = args.length > 0 ? `${file} ${args.join(' ')}` : file;
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  args.unshift(typeof options.argv0 === 'string' ? options.argv0 : file);

  // options.env (own and inherited keys, as Node takes them) replaces the
  // environment; without it the child inherits this process's (in the
  // plugin, as Node takes it natively: no copy of process.env).
  const envPairs = options.env ? toEnvPairs(options.env) : undefined;

  return {
    __proto__: null,
    ...options,
    args,
    cwd,
    detached: !!options.detached,
    envPairs,
    file,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments,
  };
}

/** What the spawn ops take: normalized options with checked stdio slots;
 * arguments become strings, as Node's spawn makes them. */
function spawnOpOptions(options, stdio) {
  return {
    file: `${options.file}`,
    args: (options.args ?? [options.file]).map((arg) => `${arg}`),
    cwd: options.cwd ?? null,
    envPairs: options.envPairs,
    stdio: stdio.map(opSlot),
    detached: !!options.detached,
    uid: options.uid ?? undefined,
    gid: options.gid ?? undefined,
  };
}

module.exports = {
  normalizeSpawnArguments, spawnOpOptions, toEnvPairs, validateArgumentNullCheck, validateArgumentsNullCheck,
  validateArray, validateTimeout, validateMaxBuffer, sanitizeKillSignal,
};
