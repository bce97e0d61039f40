'use strict';
// node:os — facts about the machine. The numbers come from the process
// plugin's os_* ops (/proc and libc); the host name, network interfaces and
// user account need the `sys` capability in a sandbox.

const { validateInteger } = require('internal/errors');

const ops = binding.ops.process;
const uname = () => ops.os_uname();

const { constants } = require('internal/os_constants');

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
Object.defineProperties(module.exports, {
  constants: { value: constants, enumerable: true, configurable: false, writable: false },
  EOL: { value: '\n', enumerable: true, configurable: true, writable: false },
  devNull: { value: '/dev/null', enumerable: true, configurable: true, writable: false },
});
