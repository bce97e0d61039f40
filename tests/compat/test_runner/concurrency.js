// Subtests run one at a time unless `concurrency` allows more; reports
// keep the declaration order. Async suite bodies declare their tests.
require('./fixtures/quiet_durations');
const { test, describe, it } = require('node:test');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

describe('concurrent suite', { concurrency: true }, () => {
  it('slow', async () => {
    console.log('slow start');
    await sleep(30);
    console.log('slow end');
  });
  it('fast', async () => {
    console.log('fast start');
    await sleep(5);
    console.log('fast end');
  });
});
test('two at a time', { concurrency: 2 }, async (t) => {
  await Promise.all([
    t.test('a', async () => { await sleep(20); console.log('a done'); }),
    t.test('b', async () => { await sleep(5); console.log('b done'); }),
    t.test('c', async () => { console.log('c start'); }),
  ]);
});
test('one at a time', async (t) => {
  await Promise.all([
    t.test('x', async () => { await sleep(10); console.log('x done'); }),
    t.test('y', async () => { console.log('y start'); }),
  ]);
});
describe('async suite', async () => {
  await sleep(5);
  it('declared after an await', () => console.log('late test'));
});
