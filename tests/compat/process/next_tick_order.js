// Ordering of nextTick, microtasks, timers and immediates, with arguments.
const log = [];
process.nextTick((a, b) => log.push(`tick1 ${a} ${b}`), 'x', 'y');
Promise.resolve().then(() => {
  log.push('micro1');
  process.nextTick(() => log.push('tick inside micro'));
  Promise.resolve().then(() => log.push('micro inside micro'));
});
queueMicrotask(() => log.push('queueMicrotask'));
process.nextTick(() => {
  log.push('tick2');
  process.nextTick(() => log.push('tick nested'));
  Promise.resolve().then(() => log.push('micro from tick'));
});
setImmediate(() => {
  log.push('immediate');
  process.nextTick(() => log.push('tick in immediate'));
  Promise.resolve().then(() => log.push('micro in immediate'));
});
setTimeout(() => {
  log.push('timeout');
  setImmediate(() => log.push('immediate from timeout'));
  process.nextTick(() => log.push('tick from timeout'));
}, 0);
(async () => {
  log.push('async start');
  await null;
  log.push('after await');
})();
setTimeout(() => console.log(log.join('\n')), 20);
try { process.nextTick('nope'); } catch (err) { console.log(err.code, err.message); }
