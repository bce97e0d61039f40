'use strict';
// node:test — test()/it(), suite()/describe(), the hooks, mock and
// assert.register, run in the process that declares them (no --test file
// runner). Only reachable as `node:test`, as in Node.

const { codes } = require('internal/errors');
const { test, suite, before, after, beforeEach, afterEach, getTestContext } = require('internal/test_runner/harness');

/** run(): running test files in child processes is not implemented. */
function run() {
  throw codes.ERR_METHOD_NOT_IMPLEMENTED('run()');
}

module.exports = test;
Object.assign(module.exports, {
  after, afterEach, before, beforeEach, describe: suite, getTestContext, it: test, run, suite, test,
});

let mock;
Object.defineProperty(module.exports, 'mock', {
  configurable: true,
  enumerable: true,
  get() {
    if (mock === undefined) {
      const { MockTracker } = require('internal/test_runner/mock');
      mock = new MockTracker();
    }
    return mock;
  },
});

let assert;
Object.defineProperty(module.exports, 'assert', {
  configurable: true,
  enumerable: true,
  get() {
    if (assert === undefined) assert = { __proto__: null, register: require('internal/test_runner/assert').register };
    return assert;
  },
});
