// `only` works without --test-only (Node filters whenever it runs tests
// itself), runOnly, and the names a context knows.
require('./fixtures/quiet_durations');
const path = require('path');
const { test, describe, it, suite } = require('node:test');

test('not only', () => console.log('must not run'));
test.only('only test', async (t) => {
  console.log(t.name, '|', t.fullName, '|', path.basename(t.filePath));
  t.runOnly(true);
  await t.test('skipped by runOnly', () => console.log('must not run'));
  await t.test('kept', { only: true }, (t) => console.log(t.fullName));
});
describe('suite with one only', () => {
  it('other', () => console.log('must not run'));
  it.only('chosen', (t) => console.log(t.fullName));
});
suite.only('only suite', () => {
  it('runs', () => console.log('only suite runs'));
});
