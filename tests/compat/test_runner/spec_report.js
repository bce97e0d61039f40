// The default (spec) reporter: passing, failing, skipped and todo tests,
// suites, subtests, diagnostics, the summary and the failing-tests list;
// a failure makes the exit code 1. Tests run after the main module.
require('./fixtures/quiet_durations');
const test = require('node:test');
const assert = require('assert');

test('passes', () => {});
test('fails', () => {
  assert.strictEqual(1, 2);
});
test.describe('a suite', () => {
  test.it('inner ok', () => {});
  test.it('inner skip', { skip: 'not today' }, () => {});
  test.it.todo('inner todo');
  test.it('inner fail', () => {
    throw new Error('boom');
  });
  test.describe('nested', () => {
    test.it('deep', () => {});
  });
});
test('with subtests', async (t) => {
  await t.test('first', () => {});
  await t.test('second', (t) => {
    t.diagnostic('a diagnostic');
  });
});
test.skip('skipped test');
test('runtime skip', (t) => t.skip());
test('todo that fails', { todo: true }, () => {
  throw new Error('not yet');
});
test('throws a string', () => {
  throw 'just a string';
});
test();
test(function namedFunction() {});
console.log('main module done');
process.on('exit', (code) => console.log('exit code', code));
