// node:test only with its scheme: `test` is a package name. The default
// export is test() itself, with its aliases.
import './fixtures/quiet_durations.js';
import test, { describe, it, suite, mock } from 'node:test';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
console.log(test.test === test, it === test, describe === suite, typeof mock.fn);
try {
  require('test');
} catch (err) {
  console.log(err.code);
}
await import('test').catch((err) => console.log(err.code));
console.log(require('node:module').isBuiltin('test'), require('node:module').isBuiltin('node:test'));
describe('an ES module suite', () => {
  it('runs', () => console.log('ran'));
});
