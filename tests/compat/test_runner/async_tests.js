// Callback and promise tests, timeouts, plans, signals, uncaught errors
// and unhandled rejections inside tests, and a test's own promise.
require('./fixtures/quiet_durations');
const { test } = require('node:test');

test('done callback', (t, done) => {
  setTimeout(done, 1);
});
test('done with an error', (t, done) => {
  setTimeout(() => done(new Error('callback error')), 1);
});
test('done called twice', (t, done) => {
  done();
  try {
    done();
  } catch (err) {
    console.log(err.code, err.failureType, err.message);
  }
});
test('callback and promise', async (t, done) => {
  done();
});
test('timeout', { timeout: 20 }, async () => {
  await new Promise((resolve) => setTimeout(resolve, 200));
});
test('rejects', async () => {
  throw new TypeError('bad type');
});
test('uncaught in a timer', (t, done) => {
  setTimeout(() => {
    throw new Error('thrown later');
  }, 1);
  setTimeout(done, 20);
});
test('unhandled rejection', async () => {
  Promise.reject(new Error('nobody catches this'));
  await new Promise((resolve) => setTimeout(resolve, 10));
});
test('plan met', (t) => {
  t.plan(2);
  t.assert.ok(true);
  t.assert.strictEqual(1, 1);
});
test('plan missed', (t) => {
  t.plan(3);
  t.assert.ok(true);
});
test('plan waits', (t) => {
  t.plan(1, { wait: true });
  setTimeout(() => t.assert.ok(true), 5);
});
test('aborted by its signal', async (t) => {
  const controller = new AbortController();
  const { signal } = controller;
  const sub = t.test('never settles', { signal }, () => new Promise(() => {}));
  controller.abort();
  await sub;
});
test('signal of the context', async (t) => {
  console.log('aborted while running:', t.signal.aborted);
});
test('unawaited subtest', (t) => {
  t.test('finishes later', () => new Promise((resolve) => setTimeout(resolve, 5)));
});
const promise = test('returns a promise', () => {});
promise.then((value) => console.log('test() resolved with', value));
