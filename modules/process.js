'use strict';
// node:process — the process object (an EventEmitter).

const EventEmitter = require('events');
const { codes, validateInteger, validateNumber, validateObject, validateString } = require('internal/errors');
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

const process = Object.create(EventEmitter.prototype);
EventEmitter.init.call(process);

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
// exitCode accepts integers and integer strings (Node 20, DEP0164).
let exitCode;
Object.defineProperty(process, 'exitCode', {
  enumerable: true,
  configurable: false,
  get() { return exitCode; },
  set(code) {
    if (code !== null && code !== undefined) {
      const isIntegerString = typeof code === 'string' && code !== '' && Number.isInteger(+code);
      if (!isIntegerString) validateInteger(code, 'code');
    }
    exitCode = code;
  },
});
process.nextTick = ticks.nextTick;

process.cwd = () => binding.cwd();
process.chdir = function chdir(directory) {
  validateString(directory, 'directory');
  if (!ops) missingPlugin('process.chdir()')();
  ops.chdir(directory);
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

// process.env: reads and writes go through the env capability.
process.env = new Proxy(Object.create(null), {
  get(_, name) {
    if (typeof name !== 'string' || !ops) return undefined;
    const value = ops.env_get(name);
    return value === null ? undefined : value;
  },
  set(_, name, value) {
    if (typeof name === 'string' && ops) ops.env_set(name, `${value}`);
    return true;
  },
  has(_, name) {
    return typeof name === 'string' && ops !== undefined && ops.env_get(name) != null;
  },
  deleteProperty(_, name) {
    if (typeof name === 'string' && ops) ops.env_delete(name);
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
  defineProperty(_, name, descriptor) {
    if (typeof name === 'string' && ops) ops.env_set(name, `${descriptor.value}`);
    return true;
  },
});

// The standard streams are made on first use (streams cost start-up time).
for (const [name, make] of [
  ['stdout', () => require('internal/stdio').createWritableStdio(1, binding.writeStdout)],
  ['stderr', () => require('internal/stdio').createWritableStdio(2, binding.writeStderr)],
  ['stdin', () => require('internal/stdio').createStdin()],
]) {
  let value;
  Object.defineProperty(process, name, {
    get() {
      if (value === undefined) value = make();
      return value;
    },
    set(replacement) {
      value = replacement;
    },
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

// CPU time in microseconds, or the time since `previous`.
process.cpuUsage = function cpuUsage(previous) {
  if (previous) {
    for (const key of ['user', 'system']) {
      const value = previous[key];
      if (typeof value === 'number' && value >= 0 && value <= Number.MAX_SAFE_INTEGER) continue;
      validateObject(previous, 'prevValue');
      validateNumber(value, `prevValue.${key}`);
      throw codes.ERR_INVALID_ARG_VALUE(`prevValue.${key}`, value, 'is invalid', RangeError);
    }
  }
  const [user, system] = ops ? ops.cpu_usage() : [0, 0];
  return previous ? { user: user - previous.user, system: system - previous.system } : { user, system };
};

process.exit = function exit(code) {
  if (code !== undefined) process.exitCode = code;
  else if (process.exitCode === null) process.exitCode = undefined;
  require('internal/fatal').emitExit(false);
  binding.reallyExit(process.exitCode === undefined ? 0 : Number(process.exitCode) | 0);
};
process.reallyExit = (code) => binding.reallyExit(code | 0);

process.emitWarning = function emitWarning(warning, type, code, ctor) {
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
    warning = new Error(warning);
    warning.name = String(type || 'Warning');
    if (code !== undefined) warning.code = code;
    if (detail !== undefined) warning.detail = detail;
    Error.captureStackTrace(warning, ctor || process.emitWarning);
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
  process.nextTick(() => {
    process.emit('warning', warning);
    const prefix = warning.code ? `[${warning.code}] ` : '';
    const more = typeof warning.detail === 'string' ? `\n${warning.detail}` : '';
    binding.writeStderr(`(bistro:${process.pid}) ${prefix}${warning.name}: ${warning.message}${more}\n`);
  });
};

module.exports = process;
