'use strict';
// node:process — the process object (an EventEmitter).

const EventEmitter = require('events');
const { codes, validateInteger, validateObject, validateString, uvException } = require('internal/errors');
const ticks = require('internal/ticks');

const ops = binding.ops.process;

// The Node.js release whose behaviour bistro follows (Node 26 LTS, the
// release the compat outputs came from); packages read process.version to
// check engine support. bistro's own version is process.versions.bistro.
const NODE_COMPAT_VERSION = 'v26.12.1';

function missingPlugin(what) {
  return () => {
    throw new Error(`${what} is not available: this build has no process plugin`);
  };
}

// As in Node, process's prototype is an EventEmitter whose constructor is
// a function named "process".
function ProcessConstructor() {}
Object.defineProperty(ProcessConstructor, 'name', { value: 'process' });
ProcessConstructor.prototype = Object.create(EventEmitter.prototype, {
  constructor: { value: ProcessConstructor, writable: true, enumerable: false, configurable: true },
});
const process = Object.create(ProcessConstructor.prototype);
EventEmitter.init.call(process);
Object.defineProperty(process, Symbol.toStringTag, { value: 'process', writable: true, enumerable: false, configurable: false });

const argv = binding.argv.slice();
process.argv = argv;
process.argv0 = argv[0];
process.execArgv = binding.execArgv.slice();
process.execPath = argv[0];
process.title = 'bistro';
process.version = NODE_COMPAT_VERSION;
process.versions = Object.freeze({ node: NODE_COMPAT_VERSION.slice(1), bistro: binding.version, quickjs: 'ng' });
process.release = Object.freeze({ name: 'node' });
process.platform = binding.platform;
process.arch = binding.arch;
process.pid = ops ? ops.pid() : 0;
Object.defineProperty(process, 'ppid', { enumerable: true, get: () => (ops ? ops.ppid() : 0) });
// exitCode takes an integer or a numeric string (kept as its number, to 32
// bits); null or undefined clear it (it reads undefined then), as in Node 26.
let exitCode;
Object.defineProperty(process, 'exitCode', {
  enumerable: true,
  configurable: false,
  get() { return exitCode; },
  set(code) {
    if (code === null || code === undefined) {
      exitCode = undefined;
      return;
    }
    const number = typeof code === 'string' && code !== '' ? Number(code) : code;
    const value = Number.isNaN(number) ? code : number;
    validateInteger(value, 'code');
    exitCode = value | 0; // kept as a 32-bit integer
  },
});
process.nextTick = ticks.nextTick;

process.cwd = function wrappedCwd() {
  try {
    return binding.cwd();
  } catch (err) {
    if (err.code !== 'ENOENT') throw err;
    // Node's words for a working directory removed from under the process.
    const error = new Error('ENOENT: process.cwd failed with error no such file or directory, the current working ' +
      'directory was likely removed without changing the working directory, uv_cwd');
    Object.assign(error, { errno: err.errno, code: 'ENOENT', syscall: 'uv_cwd' });
    throw error;
  }
};
process.chdir = function chdir(directory) {
  validateString(directory, 'directory');
  if (!ops) missingPlugin('process.chdir()')();
  try {
    ops.chdir(directory);
  } catch (err) {
    throw uvException(err);
  }
};

function hrtime(previous) {
  const now = ops ? ops.hrtime() : [0, 0];
  if (previous === undefined) return now;
  if (!Array.isArray(previous)) throw codes.ERR_INVALID_ARG_TYPE('time', 'Array', previous);
  if (previous.length !== 2) throw codes.ERR_OUT_OF_RANGE('time', '2', previous.length);
  let seconds = now[0] - previous[0];
  let nanos = now[1] - previous[1];
  if (nanos < 0) {
    seconds -= 1;
    nanos += 1e9;
  }
  return [seconds, nanos];
}
hrtime.bigint = function bigint() {
  const [s, ns] = hrtime();
  return BigInt(s) * 1000000000n + BigInt(ns);
};
process.hrtime = hrtime;
process.uptime = function uptime() {
  const [s, ns] = hrtime();
  return s + ns / 1e9;
};

// Sets an environment variable; names the system refuses ('', 'a=b') are
// ignored, as in Node.
function setEnv(name, value) {
  if (!ops) return;
  require('internal/runtime_env').envChanged();
  try {
    ops.env_set(name, value);
  } catch (err) {
    if (err.code !== 'ERR_INVALID_ARG_VALUE') throw err;
  }
}

// process.env: reads and writes go through the env capability. Names that
// are not variables read through to Object.prototype, as in Node.
process.env = new Proxy({}, {
  get(target, name) {
    if (typeof name !== 'string' || !ops) return Reflect.get(target, name);
    const value = ops.env_get(name);
    return value == null ? Reflect.get(target, name) : value;
  },
  set(_, name, value) {
    if (typeof name !== 'string') throw new TypeError('Cannot convert a Symbol value to a string');
    setEnv(name, `${value}`);
    return true;
  },
  has(target, name) {
    return (typeof name === 'string' && ops !== undefined && ops.env_get(name) != null) || Reflect.has(target, name);
  },
  deleteProperty(_, name) {
    if (typeof name === 'string' && ops) {
      require('internal/runtime_env').envChanged();
      ops.env_delete(name);
    }
    return true;
  },
  ownKeys() {
    return ops ? ops.env_keys() : [];
  },
  getOwnPropertyDescriptor(_, name) {
    if (typeof name !== 'string' || !ops) return undefined;
    const value = ops.env_get(name);
    if (value == null) return undefined;
    return { value, writable: true, enumerable: true, configurable: true };
  },
  // Only plain data properties, as in Node.
  defineProperty(_, name, descriptor) {
    if (descriptor.get !== undefined || descriptor.set !== undefined) {
      throw codes.ERR_INVALID_OBJECT_DEFINE_PROPERTY("'process.env' does not accept an accessor(getter/setter) descriptor");
    }
    if (!('value' in descriptor) || !descriptor.configurable || !descriptor.writable || !descriptor.enumerable) {
      throw codes.ERR_INVALID_OBJECT_DEFINE_PROPERTY(
        "'process.env' only accepts a configurable, writable, and enumerable data descriptor");
    }
    if (typeof name !== 'string') throw new TypeError('Cannot convert a Symbol value to a string');
    setEnv(name, `${descriptor.value}`);
    return true;
  },
});

// The standard streams are made on first use (internal/stdio).
for (const [name, fd] of [['stdout', 1], ['stderr', 2], ['stdin', 0]]) {
  Object.defineProperty(process, name, {
    get: () => require('internal/stdio').getStdio(fd),
    set: (replacement) => require('internal/stdio').setStdio(fd, replacement),
    enumerable: true,
    configurable: true,
  });
}

// process.permission.has(scope[, reference]), Node 20's permission model,
// answered from bistro's capabilities. Node's scopes map onto them: 'fs'
// (read and write), 'fs.read', 'fs.write', 'child' (process.spawn),
// 'worker' (no workers in bistro: only when unrestricted); bistro's own
// capability names ('env', 'net.connect', ...) work too.
process.permission = {
  has(scope, reference) {
    validateString(scope, 'scope');
    if (reference !== undefined) validateString(reference, 'reference');
    switch (scope) {
      case 'fs':
        return binding.permissionHas('fs.read', reference) && binding.permissionHas('fs.write', reference);
      case 'child':
        return binding.permissionHas('process.spawn');
      case 'worker':
        return binding.permissionHas('worker');
      default:
        return binding.permissionHas(scope, reference);
    }
  },
};

// Memory: resident set size from the OS; the heap from QuickJS's own
// accounting (heapTotal: allocated, heapUsed: in use). QuickJS keeps
// ArrayBuffer contents on the same heap and does not count them apart, so
// they are part of heapUsed and external/arrayBuffers stay 0.
function memoryUsage() {
  const heap = binding.heapStats();
  return {
    rss: ops ? ops.rss() : 0,
    heapTotal: heap.total,
    heapUsed: heap.used,
    external: 0,
    arrayBuffers: 0,
  };
}
memoryUsage.rss = () => (ops ? ops.rss() : 0);
process.memoryUsage = memoryUsage;

const resources = require('internal/process/resources');
// CPU time in microseconds, or the time since `previous`.
process.cpuUsage = function cpuUsage(previous) {
  return resources.cpuTimes(ops ? ops.cpu_usage() : [0, 0], previous);
};
if (ops) {
  process.threadCpuUsage = resources.threadCpuUsage;
  process.resourceUsage = resources.resourceUsage;
  process.constrainedMemory = resources.constrainedMemory;
  process.availableMemory = resources.availableMemory;
  process.umask = resources.umask;
  if (process.platform !== 'win32') Object.assign(process, require('internal/process/credentials').credentials);
}
process.getActiveResourcesInfo = resources.getActiveResourcesInfo;
process._getActiveRequests = resources.getActiveRequests;
process._getActiveHandles = resources.getActiveHandles;

process.exit = function exit(code) {
  if (code !== undefined) process.exitCode = code;
  require('internal/fatal').emitExit(false);
  process.reallyExit(process.exitCode === undefined ? 0 : process.exitCode | 0);
};
process.reallyExit = function reallyExit(code) {
  binding.reallyExit(code | 0);
};
for (const name of ['setUncaughtExceptionCaptureCallback', 'addUncaughtExceptionCaptureCallback',
  'hasUncaughtExceptionCaptureCallback']) {
  process[name] = (...args) => require('internal/fatal')[name](...args);
  Object.defineProperty(process[name], 'name', { value: name });
}

// process._rawDebug(...args): straight to stderr, past process.stderr.
process._rawDebug = function _rawDebug(...args) {
  binding.writeStderr(`${require('util').format(...args)}\n`);
};

// process.abort(): ends the process at once with SIGABRT (a method, not a
// constructor, as in Node).
process.abort = {
  abort() {
    if (!ops) missingPlugin('process.abort()')();
    binding.flushStdout();
    ops.abort();
  },
}.abort;

// process.execve(file[, args[, env]]): replaces the process with `file`
// (no 'exit' event); throws only when execve(2) fails. Experimental in
// Node: the first call warns.
let execveWarned = false;
process.execve = function execve(execPath, args = [], env = process.env) {
  if (!execveWarned) {
    execveWarned = true;
    process.emitWarning('process.execve is an experimental feature and might change at any time',
      'ExperimentalWarning');
  }
  validateString(execPath, 'execPath');
  if (!Array.isArray(args)) throw codes.ERR_INVALID_ARG_TYPE('args', 'Array', args);
  for (let i = 0; i < args.length; i++) {
    if (typeof args[i] !== 'string' || args[i].includes('\u0000')) {
      throw codes.ERR_INVALID_ARG_VALUE(`args[${i}]`, args[i], 'must be a string without null bytes');
    }
  }
  validateObject(env, 'env');
  const pairs = [];
  for (const [key, value] of Object.entries(env)) {
    if (typeof value !== 'string' || key.includes('\u0000') || value.includes('\u0000')) {
      throw codes.ERR_INVALID_ARG_VALUE('env', env, 'must be an object with string keys and values without null bytes');
    }
    pairs.push(`${key}=${value}`);
  }
  if (!ops) missingPlugin('process.execve()')();
  binding.flushStdout();
  const errno = ops.execve(execPath, args, pairs);
  throw require('internal/process/credentials').syscallError(-errno, 'execve');
};

// process.loadEnvFile([path]): sets the variables of a .env file (./.env
// by default) that are not set yet.
process.loadEnvFile = function loadEnvFile(path = undefined) {
  const file = path == null ? '.env' : require('internal/fs/utils').getValidatedPath(path);
  const text = require('fs').readFileSync(file, 'utf8');
  for (const [key, value] of Object.entries(require('internal/dotenv').parseEnv(text))) {
    if (!(key in process.env)) process.env[key] = value;
  }
};

// The build's configuration, under Node's names (the parts programs and
// tests read).
Object.defineProperty(process, 'config', {
  value: Object.freeze({
    target_defaults: Object.freeze({ default_configuration: 'Release' }),
    variables: Object.freeze({
      host_arch: process.arch,
      target_arch: process.arch,
      node_byteorder: 'little',
      node_shared: false,
      node_shared_openssl: false,
      openssl_is_fips: false,
      v8_enable_i18n_support: 0,
      icu_small: false,
      node_use_amaro: false,
      node_without_node_options: false,
    }),
  }),
  writable: false,
  enumerable: true,
  configurable: true,
});

// What this build supports, under Node's feature names.
Object.defineProperty(process, 'features', {
  value: {
    inspector: false,
    debug: false,
    uv: false,
    ipv6: true,
    tls_alpn: false,
    tls_sni: false,
    tls_ocsp: false,
    tls: false,
    openssl_is_boringssl: false,
    cached_builtins: true,
    require_module: true,
    dtls: false,
    quic: false,
    // Type stripping comes with the typescript plugin, as Node's 'strip'.
    typescript: binding.ops.typescript ? 'strip' : false,
  },
  writable: false,
  enumerable: true,
  configurable: false,
});

// process.ref(value) / process.unref(value): call the value's own ref or
// unref method (Symbol.for('nodejs.ref'), or a plain .ref()), if it has one.
for (const name of ['ref', 'unref']) {
  process[name] = {
    [name](maybeRefable) {
      if (maybeRefable == null) return;
      const method = maybeRefable[Symbol.for(`nodejs.${name}`)] || maybeRefable[Symbol.for(`node:${name}`)] ||
        maybeRefable[name];
      if (typeof method === 'function') method.call(maybeRefable);
    },
  }[name];
}

// Source maps for stack traces (--enable-source-maps): not supported, but
// the switch is validated and remembered.
let sourceMapsEnabled = false;
process.setSourceMapsEnabled = function setSourceMapsEnabled(enabled) {
  if (typeof enabled !== 'boolean') throw codes.ERR_INVALID_ARG_TYPE('enabled', 'boolean', enabled);
  sourceMapsEnabled = enabled;
};
Object.defineProperty(process, 'sourceMapsEnabled', { get: () => sourceMapsEnabled, enumerable: true, configurable: true });
process.getBuiltinModule = function getBuiltinModule(id) {
  return require('internal/modules/builtin_ids').getBuiltinModule(id);
};

// process.kill(pid[, signal]): a signal number, or a name of
// os.constants.signals; a failed kill(2) throws Node's "kill ESRCH" error.
process.kill = function kill(pid, sig) {
  // eslint-disable-next-line eqeqeq
  if (pid != (pid | 0)) throw codes.ERR_INVALID_ARG_TYPE('pid', 'number', pid);
  let err;
  if (sig === (sig | 0)) {
    err = process._kill(pid, sig);
  } else {
    sig ||= 'SIGTERM';
    const number = require('internal/signals').signals[sig];
    if (!number) throw codes.ERR_UNKNOWN_SIGNAL(sig);
    err = process._kill(pid, number);
  }
  if (err) throw require('internal/errors').errnoException(err, 'kill');
  return true;
};
process._kill = function _kill(pid, sig) {
  if (!ops) missingPlugin('process.kill()')();
  return ops.kill(pid, sig);
};

const warning = require('internal/process/warning');
process.emitWarning = warning.emitWarning;
if (require('internal/runtime_env').runtimeEnv('NODE_NO_WARNINGS') !== '1') process.on('warning', warning.onWarning);

require('internal/process/signals').setupSignals(process);

// A child started by fork(): its IPC channel is the fd NODE_CHANNEL_FD
// names (process.send(), 'message').
if (ops && binding.permissionHas('env', 'NODE_CHANNEL_FD') && ops.env_get('NODE_CHANNEL_FD') != null) {
  require('internal/child_process/ipc').setupForkChild(process);
}

module.exports = process;
