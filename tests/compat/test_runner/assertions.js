// t.assert has node:assert's checks (counted by t.plan), the mock checks,
// and what require('node:test').assert.register adds; getTestContext.
require('./fixtures/quiet_durations');
const { test, assert, getTestContext } = require('node:test');

assert.register('isEven', (n) => {
  if (n % 2 !== 0) throw new Error(`${n} is odd`);
});

test('checks', (t) => {
  t.plan(4);
  t.assert.deepStrictEqual({ a: [1] }, { a: [1] });
  t.assert.throws(() => { throw new Error('x'); }, /x/);
  t.assert.isEven(4);
  t.test('a subtest counts too', () => {});
  console.log(['ok', 'deepStrictEqual', 'rejects', 'called', 'callCount', 'isEven'].map((name) => typeof t.assert[name]));
  console.log(getTestContext() === t, getTestContext().name);
});

test('a registered check fails', (t) => {
  t.assert.isEven(3);
});

console.log('outside any test:', getTestContext());

test('bad options', () => {
  for (const options of [{ timeout: -1 }, { timeout: 'x' }, { concurrency: 0 }, { concurrency: 'x' }, { signal: {} }]) {
    try {
      test('never', options);
    } catch (err) {
      console.log(err.code, err.message);
    }
  }
});
