// node:os: the shape and consistency of every function (values differ from
// machine to machine, so the program prints types and relations).
const os = require('os');
console.log(Object.keys(os).join(' '));
console.log(JSON.stringify(os.EOL), os.devNull, os.endianness(), os.platform(), os.type(), os.arch() === process.arch);
console.log(typeof os.release(), typeof os.version(), typeof os.machine(), os.machine().length > 0);
const cpus = os.cpus();
console.log(Array.isArray(cpus), cpus.length === os.availableParallelism(), cpus.length > 0);
console.log(Object.keys(cpus[0]).join(','), Object.keys(cpus[0].times).join(','), typeof cpus[0].model, Number.isInteger(cpus[0].speed));
console.log(os.totalmem() > os.freemem(), os.freemem() > 0, Number.isInteger(os.totalmem()));
const load = os.loadavg();
console.log(load.length, load.every((n) => typeof n === 'number' && n >= 0));
console.log(typeof os.uptime(), os.uptime() > 0);
console.log(typeof os.hostname(), os.hostname().length > 0, os.tmpdir(), typeof os.homedir());
const user = os.userInfo();
console.log(Object.keys(user).join(','), typeof user.uid, typeof user.username);
const nets = os.networkInterfaces();
const lo = (nets.lo || []).filter((e) => e.family === 'IPv4'); // IPv6 on lo varies between machines
console.log(Object.getPrototypeOf(nets) === Object.prototype, lo.map((e) => `${e.family} ${e.address} ${e.netmask} ${e.cidr} ${e.internal} ${e.mac}`));
console.log(Object.values(nets).flat().every((e) => typeof e.address === 'string' && typeof e.internal === 'boolean'));
console.log(os.constants.signals.SIGTERM, os.constants.signals.SIGKILL, os.constants.errno.ENOENT, os.constants.priority.PRIORITY_LOW);
console.log(Object.isFrozen(os.constants), os.getPriority(), os.getPriority(0));
try { os.getPriority('x'); } catch (err) { console.log(err.code, err.message); }
try { os.setPriority(0, 100); } catch (err) { console.log(err.code, err.message); }
try { os.getPriority(2 ** 30); } catch (err) { console.log(err.name, err.code, err.message, err.errno, err.syscall, err.info); }
os.setPriority(7);
console.log(os.getPriority(), os.getPriority(process.pid));
process.env.TMPDIR = '/var/tmp/';
console.log(os.tmpdir());
