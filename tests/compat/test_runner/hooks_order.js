// Hooks at the top level, in suites and on a test's context run in Node's
// order; suite bodies run when declared, tests after the main module.
require('./fixtures/quiet_durations');
const { test, describe, it, before, after, beforeEach, afterEach } = require('node:test');

before(() => console.log('root before'));
after(() => console.log('root after'));
beforeEach((t) => console.log('root beforeEach', t.name));
afterEach((t) => console.log('root afterEach', t.name));

test('a', async (t) => {
  console.log('in a');
  t.beforeEach((t) => console.log('a beforeEach', t.name));
  t.afterEach((t) => console.log('a afterEach', t.name));
  await t.test('a1', () => console.log('in a1'));
  await t.test('a2', () => console.log('in a2'));
});

describe('S', () => {
  console.log('building S');
  before(() => console.log('S before'));
  after(() => console.log('S after'));
  beforeEach((t) => console.log('S beforeEach', t.name));
  afterEach((t) => console.log('S afterEach', t.name));
  it('s1', () => console.log('in s1'));
  describe('S2', () => {
    console.log('building S2');
    it('s21', () => console.log('in s21'));
  });
});

describe('failing hook', () => {
  before(() => {
    throw new Error('before failed');
  });
  it('never runs', () => console.log('not printed'));
});

test('b', (t, done) => {
  console.log('in b');
  setTimeout(done, 5);
});
console.log('main end');
