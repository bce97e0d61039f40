// mock.timers fakes setTimeout, setInterval, setImmediate, Date and
// timers/promises until reset; tick() and runAll() move its clock.
require('./fixtures/quiet_durations');
const { test } = require('node:test');

test('timers and Date', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout', 'setInterval', 'Date'], now: 1000 });
  const seen = [];
  setTimeout(() => seen.push('timeout 50'), 50);
  const interval = setInterval(() => seen.push(`interval at ${Date.now()}`), 20);
  setTimeout(() => seen.push('timeout 10'), 10);
  t.mock.timers.tick(45);
  clearInterval(interval);
  t.mock.timers.tick(10);
  console.log(seen, Date.now(), new Date().getTime(), Date.isMock);
  t.mock.timers.setTime(5000);
  console.log(Date.now());
  t.mock.timers.reset();
  console.log(Date.isMock, typeof setTimeout(() => {}, 0).unref);
});

test('runAll and setImmediate', (t) => {
  t.mock.timers.enable({ apis: ['setImmediate', 'setTimeout'] });
  const order = [];
  setImmediate(() => order.push('immediate'));
  setTimeout(() => order.push('timeout 1'), 1);
  setTimeout(() => order.push('timeout 100'), 100);
  t.mock.timers.runAll();
  console.log(order);
});

test('timers/promises', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const { setTimeout: delay } = require('timers/promises');
  const later = delay(100, 'value');
  t.mock.timers.tick(100);
  console.log(await later);
});

test('errors', (t) => {
  const timers = t.mock.timers;
  for (const bad of [
    () => timers.tick(),
    () => timers.enable({ apis: ['nope'] }),
    () => timers.enable({ now: -1 }),
    () => timers.enable({ now: 'string' }),
  ]) {
    try {
      bad();
    } catch (err) {
      console.log(err.code, err.message);
    }
  }
  timers.enable({ apis: ['Date'] });
  try {
    timers.enable();
  } catch (err) {
    console.log(err.code, err.message);
  }
});
