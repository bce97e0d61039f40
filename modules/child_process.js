'use strict';
// node:child_process — spawn, exec, execFile and their Sync forms, with
// Node's argument handling, events and errors. A child is started by the
// process plugin (capability `process.spawn`); its stdio pipes are
// streams (internal/child_process/pipe), its lifetime a ChildProcess
// (internal/child_process/child), fork()'s IPC channel JSON lines
// (internal/child_process/ipc).

const { codes, errnoException, abortError, validateAbortSignal, validateFunction, validateObject, validateString } =
  require('internal/errors');
const { Buffer } = require('buffer');
const { ChildProcess } = require('internal/child_process/child');
const { getValidStdio, stdioStringToArray } = require('internal/child_process/stdio');
const {
  normalizeSpawnArguments, spawnOpOptions, validateArgumentNullCheck, validateArgumentsNullCheck, validateArray,
  validateTimeout, validateMaxBuffer, sanitizeKillSignal,
} = require('internal/child_process/normalize');
const { getValidatedPath } = require('internal/fs/utils');
const { signalName, signals } = require('internal/signals');

const ops = binding.ops.process;

const MAX_BUFFER = 1024 * 1024;
const customPromisify = Symbol.for('nodejs.util.promisify.custom');

/** Starts `file` with `args`; returns its ChildProcess at once. */
function spawn(file, args, options) {
  options = normalizeSpawnArguments(file, args, options);
  validateTimeout(options.timeout);
  validateAbortSignal(options.signal, 'options.signal');
  const killSignal = sanitizeKillSignal(options.killSignal);
  const child = new ChildProcess();
  child.spawn(options);

  if (options.timeout > 0) {
    let timeoutId = setTimeout(() => {
      if (timeoutId) {
        try {
          child.kill(killSignal);
        } catch (err) {
          child.emit('error', err);
        }
        timeoutId = null;
      }
    }, options.timeout);
    child.once('close', () => {
      if (timeoutId) {
        clearTimeout(timeoutId);
        timeoutId = null;
      }
    });
  }

  const signal = options.signal;
  if (signal) {
    const onAbort = () => {
      try {
        if (child.kill(killSignal)) child.emit('error', abortError(signal));
      } catch (err) {
        child.emit('error', err);
      }
    };
    if (signal.aborted) {
      process.nextTick(onAbort);
    } else {
      signal.addEventListener('abort', onAbort, { once: true });
      child.once('exit', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return child;
}

function normalizeExecFileArgs(file, args, options, callback) {
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args != null && typeof args === 'object') {
    callback = options;
    options = args;
    args = null;
  } else if (typeof args === 'function') {
    callback = args;
    options = null;
    args = null;
  }
  args ??= [];
  if (typeof options === 'function') callback = options;
  else if (options != null) validateObject(options, 'options');
  options ??= { __proto__: null };
  if (callback != null) validateFunction(callback, 'callback');
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    validateArgumentNullCheck(options.argv0, 'options.argv0');
  }
  return { file, args, options, callback };
}

// The error of a failed exec/execFile run: "Command failed: CMD\nSTDERR".
function commandFailed(cmd, stderr, properties) {
  return Object.assign(new Error(`Command failed: ${cmd}\n${stderr}`), properties);
}

/** Runs `file` and calls back `(error, stdout, stderr)` when it closes. */
function execFile(file, args, options, callback) {
  ({ file, args, options, callback } = normalizeExecFileArgs(file, args, options, callback));
  options = {
    __proto__: null,
    encoding: 'utf8', timeout: 0, maxBuffer: MAX_BUFFER, killSignal: 'SIGTERM', cwd: null, env: null, shell: false,
    ...options,
  };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);

  const child = spawn(file, args, {
    __proto__: null,
    cwd: options.cwd, env: options.env, gid: options.gid, shell: options.shell, signal: options.signal,
    uid: options.uid, windowsHide: !!options.windowsHide, windowsVerbatimArguments: !!options.windowsVerbatimArguments,
  });

  const encoding = options.encoding !== 'buffer' && Buffer.isEncoding(options.encoding) ? options.encoding : null;
  const output = { stdout: [], stderr: [] };
  const lengths = { stdout: 0, stderr: 0 };
  let killed = false;
  let exited = false;
  let timeoutId;
  let ex = null;

  function joined(name) {
    return encoding || child[name]?.readableEncoding ? output[name].join('') : Buffer.concat(output[name]);
  }

  function exithandler(code, signal) {
    if (exited) return;
    exited = true;
    if (timeoutId) {
      clearTimeout(timeoutId);
      timeoutId = null;
    }
    if (!callback) return;
    const stdout = joined('stdout');
    const stderr = joined('stderr');
    if (!ex && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    const cmd = args?.length ? `${file} ${args.join(' ')}` : file;
    ex ||= commandFailed(cmd, stderr, {
      code: code < 0 ? require('util').getSystemErrorName(code) : code,
      killed: child.killed || killed,
      signal,
    });
    ex.cmd = cmd;
    callback(ex, stdout, stderr);
  }

  function errorhandler(e) {
    ex = e;
    child.stdout?.destroy();
    child.stderr?.destroy();
    exithandler();
  }

  function kill() {
    child.stdout?.destroy();
    child.stderr?.destroy();
    killed = true;
    try {
      child.kill(options.killSignal);
    } catch (e) {
      ex = e;
      exithandler();
    }
  }

  if (options.timeout > 0) {
    timeoutId = setTimeout(() => {
      kill();
      timeoutId = null;
    }, options.timeout);
  }

  for (const name of ['stdout', 'stderr']) {
    const stream = child[name];
    if (!stream) continue;
    if (encoding) stream.setEncoding(encoding);
    stream.on('data', (chunk) => {
      if (options.maxBuffer === Infinity) {
        output[name].push(chunk);
        return;
      }
      const streamEncoding = stream.readableEncoding;
      const length = streamEncoding ? Buffer.byteLength(chunk, streamEncoding) : chunk.length;
      lengths[name] += length;
      if (lengths[name] > options.maxBuffer) {
        output[name].push(chunk.slice(0, options.maxBuffer - (lengths[name] - length)));
        ex = codes.ERR_CHILD_PROCESS_STDIO_MAXBUFFER(name);
        kill();
      } else {
        output[name].push(chunk);
      }
    });
  }

  child.addListener('close', exithandler);
  child.addListener('error', errorhandler);
  return child;
}

function normalizeExecArgs(command, options, callback) {
  validateString(command, 'command');
  validateArgumentNullCheck(command, 'command');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = { __proto__: null, ...options };
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return { file: command, options, callback };
}

/** Runs `command` in a shell and calls back `(error, stdout, stderr)`. */
function exec(command, options, callback) {
  const opts = normalizeExecArgs(command, options, callback);
  return module.exports.execFile(opts.file, opts.options, opts.callback);
}

// util.promisify(exec) and (execFile): a promise of { stdout, stderr }
// with the ChildProcess as its `child`.
function promiseForm(original) {
  const promised = {
    [original.name](...args) {
      let resolve;
      let reject;
      const promise = new Promise((res, rej) => {
        resolve = res;
        reject = rej;
      });
      promise.child = original(...args, (err, stdout, stderr) => {
        if (err !== null) {
          err.stdout = stdout;
          err.stderr = stderr;
          reject(err);
        } else {
          resolve({ stdout, stderr });
        }
      });
      return promise;
    },
  }[original.name];
  Object.defineProperty(original, customPromisify, { enumerable: false, value: promised });
}
promiseForm(exec);
promiseForm(execFile);

/** Runs `file` to its end; returns `{ pid, output, stdout, stderr, status,
 * signal, error }`. */
function spawnSync(file, args, options) {
  options = { __proto__: null, maxBuffer: MAX_BUFFER, ...normalizeSpawnArguments(file, args, options) };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);
  const stdio = getValidStdio(options.stdio || 'pipe', true).stdio;
  let input = options.input;
  if (input) {
    if (typeof input === 'string') {
      input = Buffer.from(input, options.encoding);
    } else if (!ArrayBuffer.isView(input)) {
      throw codes.ERR_INVALID_ARG_TYPE('options.stdio[0]', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
    }
  }
  binding.flushStdout();
  const ran = ops.spawn_sync({
    ...spawnOpOptions(options, stdio),
    timeout: options.timeout ?? 0,
    maxBuffer: options.maxBuffer ?? 0,
    killSignal: options.killSignal ?? signals.SIGTERM,
    input: input ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength) : undefined,
  });
  const decode = options.encoding && options.encoding !== 'buffer';
  const output = ran.output === null ? null : ran.output.map((bytes) => {
    if (bytes === null) return null;
    const buffer = Buffer.from(bytes);
    return decode ? buffer.toString(options.encoding) : buffer;
  });
  const result = {};
  if (ran.error !== undefined) {
    result.error = errnoException(ran.error, `spawnSync ${options.file}`);
    result.error.path = options.file;
    result.error.spawnargs = options.args.slice(1);
  }
  result.status = ran.status;
  result.signal = ran.signal === null ? null : signalName(ran.signal);
  result.output = output;
  result.pid = ran.pid;
  result.stdout = output?.[1];
  result.stderr = output?.[2];
  return result;
}

// execSync's and execFileSync's error: the run's error, or "Command
// failed" when the status is not 0, with the result's fields.
function checkExecSyncError(ret, args, cmd) {
  if (ret.error) return Object.assign(ret.error, ret);
  if (ret.status === 0) return undefined;
  let message = `Command failed: ${cmd || args.join(' ')}`;
  if (ret.stderr && ret.stderr.length > 0) message += `\n${ret.stderr.toString()}`;
  return Object.assign(new Error(message), ret);
}

/** Runs `file` to its end and returns its stdout; throws if it failed. */
function execFileSync(file, args, options) {
  ({ file, args, options } = normalizeExecFileArgs(file, args, options));
  const inheritStderr = !options.stdio;
  const ret = spawnSync(file, args, options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, [options.argv0 || file, ...args]);
  if (err) throw err;
  return ret.stdout;
}

/** Runs `command` in a shell to its end and returns its stdout; throws if
 * it failed. */
function execSync(command, options) {
  const opts = normalizeExecArgs(command, options, null);
  const inheritStderr = !opts.options.stdio;
  const ret = spawnSync(opts.file, opts.options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, undefined, command);
  if (err) throw err;
  return ret.stdout;
}

/** Runs the module `modulePath` in a new runtime process with an IPC
 * channel (child.send(), 'message'); stdio is inherited unless `silent`. */
function fork(modulePath, args = [], options) {
  modulePath = getValidatedPath(modulePath, 'modulePath');
  if (args == null) {
    args = [];
  } else if (typeof args === 'object' && !Array.isArray(args)) {
    options = args;
    args = [];
  } else {
    validateArray(args, 'args');
  }
  if (options != null) validateObject(options, 'options');
  options = { __proto__: null, ...options, shell: false };
  options.execPath ||= process.execPath;
  validateArgumentNullCheck(options.execPath, 'options.execPath');
  let execArgv = options.execArgv || process.execArgv;
  validateArgumentsNullCheck(execArgv, 'options.execArgv');
  if (execArgv === process.execArgv && process._eval != null) {
    // Not the parent's -e code again: that would fork forever.
    const index = execArgv.lastIndexOf(process._eval);
    if (index > 0) execArgv = [...execArgv.slice(0, index - 1), ...execArgv.slice(index + 1)];
  }
  args = [...execArgv, modulePath, ...args];
  if (typeof options.stdio === 'string') {
    options.stdio = stdioStringToArray(options.stdio, 'ipc');
  } else if (!Array.isArray(options.stdio)) {
    options.stdio = stdioStringToArray(options.silent ? 'pipe' : 'inherit', 'ipc');
  } else if (!options.stdio.includes('ipc')) {
    throw codes.ERR_CHILD_PROCESS_IPC_REQUIRED('options.stdio');
  }
  return spawn(options.execPath, args, options);
}

module.exports = { ChildProcess, exec, execFile, execFileSync, execSync, fork, spawn, spawnSync };
