'use strict';
// node:os — facts about the machine. The numbers come from the process
// plugin's os_* ops (/proc and libc); the host name, network interfaces and
// user account need the `sys` capability in a sandbox.

const { validateInteger } = require('internal/errors');

const ops = binding.ops.process;
if (ops === undefined) throw new Error('node:os is not available: this build has no process plugin');
const uname = () => ops.os_uname();

// Linux's signal and errno numbers, as os.constants lists them.
const signals = Object.assign(Object.create(null), {
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6,
  SIGIOT: 6, SIGBUS: 7, SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11,
  SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15, SIGCHLD: 17, SIGSTKFLT: 16,
  SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21, SIGTTOU: 22, SIGURG: 23,
  SIGXCPU: 24, SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28, SIGIO: 29,
  SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
});
const errno = Object.assign(Object.create(null), {
  E2BIG: 7, EACCES: 13, EADDRINUSE: 98, EADDRNOTAVAIL: 99, EAFNOSUPPORT: 97, EAGAIN: 11,
  EALREADY: 114, EBADF: 9, EBADMSG: 74, EBUSY: 16, ECANCELED: 125, ECHILD: 10,
  ECONNABORTED: 103, ECONNREFUSED: 111, ECONNRESET: 104, EDEADLK: 35, EDESTADDRREQ: 89, EDOM: 33,
  EDQUOT: 122, EEXIST: 17, EFAULT: 14, EFBIG: 27, EHOSTUNREACH: 113, EIDRM: 43,
  EILSEQ: 84, EINPROGRESS: 115, EINTR: 4, EINVAL: 22, EIO: 5, EISCONN: 106,
  EISDIR: 21, ELOOP: 40, EMFILE: 24, EMLINK: 31, EMSGSIZE: 90, EMULTIHOP: 72,
  ENAMETOOLONG: 36, ENETDOWN: 100, ENETRESET: 102, ENETUNREACH: 101, ENFILE: 23, ENOBUFS: 105,
  ENODATA: 61, ENODEV: 19, ENOENT: 2, ENOEXEC: 8, ENOLCK: 37, ENOLINK: 67,
  ENOMEM: 12, ENOMSG: 42, ENOPROTOOPT: 92, ENOSPC: 28, ENOSR: 63, ENOSTR: 60,
  ENOSYS: 38, ENOTCONN: 107, ENOTDIR: 20, ENOTEMPTY: 39, ENOTSOCK: 88, ENOTSUP: 95,
  ENOTTY: 25, ENXIO: 6, EOPNOTSUPP: 95, EOVERFLOW: 75, EPERM: 1, EPIPE: 32,
  EPROTO: 71, EPROTONOSUPPORT: 93, EPROTOTYPE: 91, ERANGE: 34, EROFS: 30, ESPIPE: 29,
  ESRCH: 3, ESTALE: 116, ETIME: 62, ETIMEDOUT: 110, ETXTBSY: 26, EWOULDBLOCK: 11,
  EXDEV: 18,
});
const priority = Object.assign(Object.create(null), {
  PRIORITY_LOW: 19, PRIORITY_BELOW_NORMAL: 10, PRIORITY_NORMAL: 0, PRIORITY_ABOVE_NORMAL: -7, PRIORITY_HIGH: -14,
  PRIORITY_HIGHEST: -20,
});
const dlopen = Object.assign(Object.create(null), {
  RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8,
});
const constants = Object.assign(Object.create(null), {
  UV_UDP_REUSEADDR: 4, dlopen, errno, signals, priority,
});

function cpus() {
  return ops.os_cpus();
}

function networkInterfaces() {
  const result = Object.create(null);
  for (const [name, family, address, netmask, mac, internal, scopeid] of ops.os_network_interfaces()) {
    const prefix = family === 'IPv4'
      ? netmask.split('.').reduce((bits, part) => bits + countBits(Number(part)), 0)
      : netmask.split(':').reduce((bits, part) => bits + countBits(parseInt(part || '0', 16)), 0);
    const entry = { address, netmask, family, mac, internal, cidr: `${address}/${prefix}` };
    if (family === 'IPv6') entry.scopeid = scopeid;
    (result[name] ||= []).push(entry);
  }
  return { ...result };
}

function countBits(n) {
  let bits = 0;
  for (let v = n; v > 0; v >>>= 1) bits += v & 1;
  return bits;
}

function tmpdir() {
  const env = process.env;
  let path = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

function homedir() {
  return process.env.HOME || ops.os_user_info().homedir;
}

function userInfo(options) {
  const info = ops.os_user_info();
  const result = Object.create(null);
  for (const key of ['uid', 'gid', 'username', 'homedir', 'shell']) result[key] = info[key];
  if (options && options.encoding === 'buffer' && typeof Buffer === 'function') {
    for (const key of ['username', 'homedir', 'shell']) result[key] = Buffer.from(result[key]);
  }
  return result;
}

// Node's SystemError for a failed libuv-style call: "A system error
// occurred: uv_os_getpriority returned ESRCH (no such process)".
function systemError(errnoValue, syscall) {
  const entry = require('internal/errno').lookup(errnoValue) || [errnoValue, 'UNKNOWN', 'unknown error'];
  const [, code, message] = entry;
  const err = new Error(`A system error occurred: ${syscall} returned ${code} (${message})`);
  err.name = 'SystemError';
  err.code = 'ERR_SYSTEM_ERROR';
  err.info = { errno: errnoValue, code, message, syscall };
  err.errno = errnoValue;
  err.syscall = syscall;
  return err;
}

// Process ids and priorities are int32 values, as in Node.
const validateInt32 = (value, name, min = -(2 ** 31), max = 2 ** 31 - 1) => validateInteger(value, name, min, max);

function getPriority(pid = 0) {
  validateInt32(pid, 'pid');
  const result = ops.os_get_priority(pid);
  if (typeof result === 'number') throw systemError(result, 'uv_os_getpriority');
  return result[0];
}

function setPriority(pid, priorityValue) {
  if (priorityValue === undefined) {
    priorityValue = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priorityValue, 'priority', -20, 19);
  const failure = ops.os_set_priority(pid, priorityValue);
  if (failure !== undefined) throw systemError(failure, 'uv_os_setpriority');
}

module.exports = {
  arch: () => process.arch,
  availableParallelism: () => cpus().length || 1,
  cpus,
  endianness: () => 'LE',
  freemem: () => ops.os_memory()[1],
  getPriority,
  homedir,
  hostname: () => ops.os_hostname(),
  loadavg: () => ops.os_loadavg(),
  networkInterfaces,
  platform: () => process.platform,
  release: () => uname()[1],
  setPriority,
  tmpdir,
  totalmem: () => ops.os_memory()[0],
  type: () => uname()[0],
  userInfo,
  uptime: () => ops.os_uptime(),
  version: () => uname()[2],
  machine: () => uname()[3],
};
// The functions that return one value also convert to it (`${os.hostname}`).
for (const name of ['arch', 'availableParallelism', 'endianness', 'freemem', 'homedir', 'hostname', 'platform',
  'release', 'tmpdir', 'totalmem', 'type', 'uptime', 'version', 'machine']) {
  const fn = module.exports[name];
  fn[Symbol.toPrimitive] = () => fn();
}
Object.freeze(signals);
Object.defineProperties(module.exports, {
  constants: { value: constants, enumerable: true, configurable: false, writable: false },
  EOL: { value: '\n', enumerable: true, configurable: true, writable: false },
  devNull: { value: '/dev/null', enumerable: true, configurable: true, writable: false },
});
