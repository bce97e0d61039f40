'use strict';
// What node:test hands test functions (`t`) and suite functions: the
// TestContext and SuiteContext, and the assertion plan behind t.plan().

const { codes, validateObject, validateFunction, validateNumber, validateInteger } = require('internal/errors');
const { kinds, callerLocation, TIMEOUT_MAX } = require('internal/test_runner/utils');
// The real timers, kept before mock.timers can replace them.
const { setTimeout, clearTimeout } = require('timers');

function lazyTest() {
  return require('internal/test_runner/test');
}

// t.plan(count, { wait }): how many assertions and subtests the test makes.
class TestPlan {
  #promise = null;
  #timer = null;

  constructor(count, options = {}) {
    validateInteger(count, 'count', 0, 4294967295);
    validateObject(options, 'options');
    this.expected = count;
    this.actual = 0;
    const { wait } = options;
    if (typeof wait === 'number') validateNumber(wait, 'options.wait', 0, TIMEOUT_MAX);
    else if (wait !== undefined && typeof wait !== 'boolean') {
      throw codes.ERR_INVALID_ARG_TYPE('options.wait', ['boolean', 'number'], wait);
    }
    this.wait = wait;
  }

  // Throws when the plan is not met and may not wait; otherwise returns a
  // promise while it waits for the missing assertions.
  check() {
    if (this.actual === this.expected) {
      if (this.#timer !== null) clearTimeout(this.#timer);
      this.#timer = null;
      if (this.#promise !== null) this.#promise.resolve();
      this.#promise = null;
      return undefined;
    }
    if (this.wait === undefined || this.wait === false) {
      throw codes.ERR_TEST_FAILURE(`plan expected ${this.expected} assertions but received ${this.actual}`, kinds.testCode);
    }
    if (this.#promise === null) {
      let resolve;
      let reject;
      const promise = new Promise((res, rej) => {
        resolve = res;
        reject = rej;
      });
      this.#promise = { promise, resolve, reject };
      if (this.wait !== true) {
        this.#timer = setTimeout(() => {
          reject(codes.ERR_TEST_FAILURE(
            `plan timed out after ${this.wait}ms with ${this.actual} assertions when expecting ${this.expected}`,
            kinds.timeout));
        }, this.wait);
      }
    }
    return this.#promise.promise;
  }

  count() {
    this.actual++;
    if (this.#promise !== null) this.check();
  }
}

function fullNameOf(test) {
  if (test === test.root) return test.name;
  let name = test.name;
  for (let t = test.parent; t !== t.root; t = t.parent) name = `${t.name} > ${name}`;
  return name;
}

function addHook(test, name, fn, options, below) {
  test.createHook(name, fn, { ...options, loc: callerLocation(below) });
}

/** The `t` a test function (and its hooks) receives. */
class TestContext {
  #test;
  #assert;

  constructor(test) {
    this.#test = test;
  }

  get signal() { return this.#test.signal; }
  get name() { return this.#test.name; }
  get filePath() { return this.#test.entryFile; }
  get fullName() { return fullNameOf(this.#test); }
  get error() { return this.#test.error; }
  get passed() { return this.#test.passed; }
  get attempt() { return 0; }
  get workerId() { return Number(process.env.NODE_TEST_WORKER_ID) || undefined; }

  diagnostic(message) {
    this.#test.diagnostic(message);
  }

  log(message, data) {
    this.#test.log(message, data);
  }

  plan(count, options = {}) {
    if (this.#test.plan !== null) throw codes.ERR_TEST_FAILURE('cannot set plan more than once', kinds.testCode);
    this.#test.plan = new TestPlan(count, options);
  }

  /** node:assert's checks (and registered ones), each counted by the plan. */
  get assert() {
    if (this.#assert === undefined) {
      const { plan } = this.#test;
      const assert = { __proto__: null };
      for (const [name, method] of require('internal/test_runner/assert').assertionMap()) {
        assert[name] = (...args) => {
          if (plan !== null) plan.count();
          return method.apply(this, args);
        };
      }
      this.#assert = assert;
    }
    return this.#assert;
  }

  get mock() {
    if (this.#test.mock === null) {
      const { MockTracker } = require('internal/test_runner/mock');
      this.#test.mock = new MockTracker();
    }
    return this.#test.mock;
  }

  runOnly(value) {
    this.#test.runOnlySubtests = !!value;
  }

  skip(message) {
    this.#test.skip(message);
  }

  todo(message) {
    this.#test.todo(message);
  }

  test(name, options, fn) {
    const loc = callerLocation(this.test);
    if (this.#test.plan !== null) this.#test.plan.count();
    const subtest = this.#test.createSubtest(lazyTest().Test, name, options, fn, { loc });
    return subtest.start();
  }

  before(fn, options) { addHook(this.#test, 'before', fn, options, this.before); }
  after(fn, options) { addHook(this.#test, 'after', fn, options, this.after); }
  beforeEach(fn, options) { addHook(this.#test, 'beforeEach', fn, options, this.beforeEach); }
  afterEach(fn, options) { addHook(this.#test, 'afterEach', fn, options, this.afterEach); }

  /** Polls `condition` until it stops throwing (or rejecting), or times out. */
  waitFor(condition, options = {}) {
    validateFunction(condition, 'condition');
    validateObject(options, 'options');
    const { interval = 50, timeout = 1000 } = options;
    validateNumber(interval, 'options.interval', 0, TIMEOUT_MAX);
    validateNumber(timeout, 'options.timeout', 0, TIMEOUT_MAX);
    return new Promise((resolve, reject) => {
      const none = Symbol('none');
      let cause = none;
      let poller;
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        clearTimeout(poller);
        const err = new Error('waitFor() timed out');
        if (cause !== none) err.cause = cause;
        reject(err);
      }, timeout);
      const poll = async () => {
        try {
          const result = await condition();
          clearTimeout(timer);
          resolve(result);
        } catch (err) {
          cause = err;
          if (!timedOut) poller = setTimeout(poll, interval);
        }
      };
      poll();
    });
  }
}

/** The context a suite (describe) function receives. */
class SuiteContext {
  #suite;

  constructor(suite) {
    this.#suite = suite;
  }

  get signal() { return this.#suite.signal; }
  get name() { return this.#suite.name; }
  get filePath() { return this.#suite.entryFile; }
  get fullName() { return fullNameOf(this.#suite); }
  get passed() { return this.#suite.passed; }
  get attempt() { return 0; }

  diagnostic(message) {
    this.#suite.diagnostic(message);
  }

  log(message, data) {
    this.#suite.log(message, data);
  }
}

module.exports = { TestContext, SuiteContext };
