// os: EOL/devNull/constants descriptors, functions that convert to their
// value, priority validation and errors.
'use strict';
const os = require('os');
for (const name of ['EOL', 'devNull', 'constants']) {
  const { value, ...rest } = Object.getOwnPropertyDescriptor(os, name);
  console.log(name, typeof value, rest);
}
try { os.EOL = 'x'; } catch (err) { console.log(err.name); }
console.log(Object.isFrozen(os.constants.signals), Object.isFrozen(os.constants.priority), os.constants.priority);
console.log(`${os.platform}` === os.platform(), `${os.arch}` === os.arch(), `${os.endianness}`, +os.totalmem === os.totalmem(),
  `${os.homedir}` === os.homedir(), `${os.hostname}` === os.hostname(), `${os.tmpdir}` === os.tmpdir(), typeof +os.uptime);
for (const call of [() => os.getPriority('x'), () => os.getPriority(2 ** 32), () => os.getPriority(1.5), () => os.setPriority(0, 20),
  () => os.setPriority(0, -21), () => os.setPriority(null, 0), () => os.setPriority(0, 'x')]) {
  try { call(); } catch (err) { console.log(err.name, err.code, err.message); }
}
try { os.getPriority(-1); } catch (err) { console.log(err.name, err.code, err.info.code, err.info.syscall, err.message); }
console.log(typeof os.getPriority(), os.getPriority() === os.getPriority(process.pid));
