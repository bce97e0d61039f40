// process.hrtime, hrtime.bigint, uptime and memoryUsage: shapes and
// monotonicity (values themselves vary, so only properties are printed).
const start = process.hrtime();
const startBig = process.hrtime.bigint();
let spin = 0;
for (let i = 0; i < 1e5; i++) spin += i;
const diff = process.hrtime(start);
console.log(Array.isArray(start), start.length, Number.isInteger(start[0]), start[1] >= 0 && start[1] < 1e9);
console.log(diff[0] >= 0, diff[1] >= 0 && diff[1] < 1e9, diff[0] * 1e9 + diff[1] > 0);
console.log(typeof startBig, process.hrtime.bigint() > startBig);
try { process.hrtime(1); } catch (err) { console.log(err.code, err.message); }
try { process.hrtime([1]); } catch (err) { console.log(err.code, err.message); }
const up = process.uptime();
console.log(typeof up, up > 0, up < 60);
const mem = process.memoryUsage();
console.log(Object.keys(mem).join(','), Object.values(mem).every((v) => Number.isInteger(v) && v >= 0));
console.log(typeof process.memoryUsage.rss(), process.memoryUsage.rss() > 0);
console.log(mem.heapUsed <= mem.heapTotal, mem.rss > 0);
const cpu = process.cpuUsage();
console.log(Object.keys(cpu).join(','), cpu.user >= 0, cpu.system >= 0);
const cpuDiff = process.cpuUsage(cpu);
console.log(cpuDiff.user >= 0, cpuDiff.system >= 0);
console.log(spin > 0);
for (const bad of [{ user: -1, system: 0 }, { user: 0, system: 'x' }, { user: 'y' }]) {
  try { process.cpuUsage(bad); } catch (err) { console.log(err.name, err.code, err.message); }
}
