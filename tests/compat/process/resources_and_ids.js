// process.resourceUsage/threadCpuUsage/constrainedMemory/availableMemory,
// umask, the user and group id methods (validation only: nothing changes),
// execve's validation, features, the prototype, and getActiveResourcesInfo.
const attempt = (f) => {
  try {
    console.log('ok', f());
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
};

const usage = process.resourceUsage();
console.log(Object.keys(usage).join(' '), Object.values(usage).every((n) => typeof n === 'number' && n >= 0));
const thread = process.threadCpuUsage();
console.log(Object.keys(thread), process.threadCpuUsage(thread).user >= 0);
attempt(() => process.threadCpuUsage(123));
attempt(() => process.threadCpuUsage([]));
attempt(() => process.threadCpuUsage({ user: -123 }));
attempt(() => process.threadCpuUsage({ user: 0, system: 'bar' }));
attempt(() => process.cpuUsage({ user: 1, system: -1 }));
console.log(typeof process.constrainedMemory(), typeof process.availableMemory(), process.availableMemory() > 0);

const old = process.umask(0o027);
console.log(process.umask().toString(8), process.umask('0644').toString(8), process.umask(old | 0o10000).toString(8));
console.log(process.umask() === old);
attempt(() => process.umask('9'));
attempt(() => process.umask(-1));
attempt(() => process.umask({}));

console.log(['getuid', 'geteuid', 'getgid', 'getegid'].map((name) => typeof process[name]()).join(' '));
console.log(Array.isArray(process.getgroups()), process.getgroups().includes(process.getegid()));
attempt(() => process.setuid({}));
attempt(() => process.seteuid(-1));
attempt(() => process.setgid('no-such-group-for-sure'));
attempt(() => process.setegid(1.5));
attempt(() => process.setuid('no-such-user-for-sure'));
attempt(() => process.setgroups());
attempt(() => process.setgroups([1, -1]));
attempt(() => process.setgroups([null]));
attempt(() => process.setgroups([1, 'no-such-group-for-sure']));
attempt(() => process.initgroups(null));
attempt(() => process.initgroups('someone', () => {}));
attempt(() => process.initgroups('no-such-user-for-sure', 'no-such-group-for-sure'));

attempt(() => process.execve(123));
attempt(() => process.execve(process.execPath, '123'));
attempt(() => process.execve(process.execPath, [123]));
attempt(() => process.execve(process.execPath, ['a', 'b\u0000c']));
attempt(() => process.execve(process.execPath, [], '123'));
attempt(() => process.execve(process.execPath, [], { abc: 123 }));

console.log(Object.keys(process.features).join(' '));
const proto = Object.getPrototypeOf(process);
console.log(proto.constructor.name, process instanceof process.constructor, proto instanceof require('events'),
  Object.prototype.toString.call(process));
console.log(typeof process.abort, process.abort.prototype, typeof process.setSourceMapsEnabled, process.sourceMapsEnabled);
attempt(() => process.setSourceMapsEnabled(1));
try {
  new process.abort(); // eslint-disable-line new-cap
} catch (e) {
  console.log('new process.abort()', e.name);
}

const timeout = setTimeout(() => {}, 1000);
const unrefed = setTimeout(() => {}, 1000).unref();
const immediate = setImmediate(() => {});
console.log(process.getActiveResourcesInfo());
clearTimeout(timeout);
clearTimeout(unrefed);
clearImmediate(immediate);
console.log(process.getActiveResourcesInfo(), process._getActiveRequests());
require('fs').stat(__filename, () => console.log('stat done'));
console.log(process.getActiveResourcesInfo(), process._getActiveRequests().map((r) => r.constructor.name));
const interval = setInterval(() => {
  console.log('in interval', process.getActiveResourcesInfo());
  clearInterval(interval);
  console.log('cleared', process.getActiveResourcesInfo());
}, 1);
