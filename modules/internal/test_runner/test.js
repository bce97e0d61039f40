'use strict';
// node:test's test tree: Test (a test or subtest), Suite (describe) and
// TestHook (before, after, beforeEach, afterEach). The life of a test follows
// Node's internal/test_runner/test.js: a parent runs its subtests under its
// concurrency (one at a time unless told otherwise), reports them in the
// order they were created, and fails when one of them fails; a test that is
// still running when its parent ends is cancelled.

const { codes, validateNumber, validateInteger, validateAbortSignal, validateString } = require('internal/errors');
const { AbortController } = require('internal/abort');
const { TestContext, SuiteContext } = require('internal/test_runner/context');
const { kinds, isTestFailure, TIMEOUT_MAX } = require('internal/test_runner/utils');
// The real timers, kept before mock.timers can replace them.
const { setTimeout, clearTimeout } = require('timers');

// Function.prototype: a nameless no-op, so a test without a function is "<anonymous>".
const noop = Function.prototype;

// The test or hook whose function is running right now (Node finds it
// through async_hooks; here it is known while the function runs
// synchronously), the suites whose (maybe async) functions have not
// finished, and the tests that have started but not finished.
let current = null;
const building = new Set();
const running = new Set();

function hrtime() {
  return process.hrtime.bigint();
}

function deferred() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function isPromise(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function') && typeof value.then === 'function';
}

// Calls `fn` with `owner` as the current test.
function runAs(owner, fn, thisArg, args) {
  const previous = current;
  current = owner;
  try {
    return fn.apply(thisArg, args);
  } finally {
    current = previous;
  }
}

// Runs a test or hook function: with an error-first `done` callback when it
// declares one more parameter than `args`, else awaiting what it returns.
function invoke(owner, fn, ctx, args) {
  if (fn.length !== args.length + 1) return Promise.resolve(runAs(owner, fn, ctx, args));
  const done = deferred();
  let calls = 0;
  const callback = (err) => {
    calls++;
    if (calls > 1) {
      if (calls === 2) throw codes.ERR_TEST_FAILURE('callback invoked multiple times', kinds.multipleCallbacks);
      return;
    }
    if (err) done.reject(err);
    else done.resolve();
  };
  const result = runAs(owner, fn, ctx, [...args, callback]);
  if (isPromise(result)) {
    owner.fail(codes.ERR_TEST_FAILURE('passed a callback but also returned a Promise', kinds.callbackAndPromise));
    return Promise.resolve(result);
  }
  return done.promise;
}

// Settles when the test's signal aborts, or rejects when its timeout passes.
function stopTest(timeout, signal) {
  const stop = deferred();
  const onAbort = () => stop.resolve();
  signal.addEventListener('abort', onAbort, { once: true });
  let timer = null;
  let promise = stop.promise;
  if (timeout !== null) {
    timer = setTimeout(stop.resolve, timeout);
    timer.unref();
    promise = promise.then(() => {
      throw codes.ERR_TEST_FAILURE(`test timed out after ${timeout}ms`, kinds.timeout);
    });
  }
  const dispose = () => {
    signal.removeEventListener('abort', onAbort);
    if (timer !== null) clearTimeout(timer);
  };
  return { promise, dispose };
}

function abortedError() {
  const err = new Error('The test was aborted');
  err.name = 'AbortError';
  err.code = 'ABORT_ERR';
  return err;
}

class Test {
  reportedType = 'test';
  #ctx = null;
  #reportedStart = false;
  // Cancels the test when options.signal aborts.
  #onOuterAbort = () => {
    const error = (this.outerSignal && this.outerSignal.reason) || abortedError();
    error.failureType = kinds.aborted;
    this.cancel(error);
  };

  constructor(options) {
    let { fn, name, parent } = options;
    const { concurrency, entryFile, expectFailure, loc, only, timeout, todo, skip, signal, plan } = options;
    if (typeof fn !== 'function') fn = noop;
    if (typeof name !== 'string' || name === '') name = fn.name || '<anonymous>';
    if (!(parent instanceof Test)) parent = null;

    this.name = name;
    this.parent = parent;
    this.testNumber = 0;
    this.outputSubtestCount = 0;
    this.diagnostics = [];
    this.filtered = false;
    this.hasOnlyTests = false;
    if (parent === null) {
      this.root = this;
      this.harness = options.harness;
      this.concurrency = 1;
      this.nesting = 0;
      this.only = false;
      this.reporter = options.reporter;
      this.runOnlySubtests = false;
      this.childNumber = 0;
      this.timeout = null;
      this.entryFile = entryFile;
    } else {
      this.root = parent.root;
      this.harness = null;
      this.concurrency = parent.concurrency;
      this.nesting = parent.parent === null ? parent.nesting : parent.nesting + 1;
      this.only = only;
      this.reporter = parent.reporter;
      this.runOnlySubtests = false;
      this.childNumber = parent.subtests.length + 1;
      this.timeout = parent.timeout;
      this.entryFile = parent.entryFile;
      // Without --test, Node always filters by `only`: a test marked only
      // makes its parent run only such subtests.
      if (this.only) {
        parent.runOnlySubtests = true;
        if (parent === this.root || parent.startTime === null) {
          for (let t = parent; t !== null && !t.hasOnlyTests; t = t.parent) t.hasOnlyTests = true;
        }
      } else if (this.only === false) {
        fn = noop;
      }
    }

    if (typeof concurrency === 'number') {
      validateInteger(concurrency, 'options.concurrency', 1, 4294967295);
      this.concurrency = concurrency;
    } else if (typeof concurrency === 'boolean') {
      this.concurrency = concurrency ? (parent === null ? Math.max(require('os').availableParallelism() - 1, 1) : Infinity) : 1;
    } else if (concurrency !== null && concurrency !== undefined) {
      throw codes.ERR_INVALID_ARG_TYPE('options.concurrency', ['boolean', 'number'], concurrency);
    }

    if (timeout !== null && timeout !== undefined && timeout !== Infinity) {
      validateNumber(timeout, 'options.timeout', 0, TIMEOUT_MAX);
      this.timeout = timeout;
    }

    if (skip) fn = noop;

    validateAbortSignal(signal, 'options.signal');
    this.abortController = new AbortController();
    this.signal = this.abortController.signal;
    this.outerSignal = signal;
    if (signal) signal.addEventListener('abort', this.#onOuterAbort);

    this.fn = fn;
    this.mock = null;
    this.plan = null;
    this.expectedAssertions = plan;
    this.cancelled = false;
    this.expectFailure = parseExpectFailure(expectFailure) || (parent !== null && parent.expectFailure);
    this.skipped = skip !== undefined && skip !== false;
    this.isTodo = (todo !== undefined && todo !== false) || (parent !== null && parent.isTodo);
    this.startTime = null;
    this.endTime = null;
    this.passed = false;
    this.error = null;
    this.message = typeof skip === 'string' ? skip : typeof todo === 'string' ? todo : null;
    this.activeSubtests = 0;
    this.pendingSubtests = [];
    this.readySubtests = new Map();
    this.unfinishedSubtests = new Set();
    this.subtestsPromise = null;
    this.subtests = [];
    this.waitingOn = 0;
    this.finished = false;
    this.hooks = { before: [], after: [], beforeEach: [], afterEach: [], ownAfterEachCount: 0 };
    this.loc = loc === undefined ? undefined : { line: loc[0], column: loc[1], file: loc[2] };
  }

  hasConcurrency() {
    return this.concurrency > this.activeSubtests;
  }

  // Runs queued subtests while the concurrency allows.
  async processPendingSubtests() {
    while (this.pendingSubtests.length > 0 && this.hasConcurrency()) {
      const next = this.pendingSubtests.shift();
      await next.test.run();
      next.resolve();
    }
  }

  addReadySubtest(subtest) {
    this.readySubtests.set(subtest.childNumber, subtest);
    if (this.unfinishedSubtests.delete(subtest) && this.unfinishedSubtests.size === 0) this.subtestsPromise.resolve();
  }

  // Reports the finished subtests whose turn it is, in creation order.
  processReadySubtestRange(canSend) {
    const start = this.waitingOn;
    const end = start + this.readySubtests.size;
    for (let i = start; i < end; i++) {
      const subtest = this.readySubtests.get(i);
      if (subtest === undefined) return;
      canSend = canSend || this.isClearToSend();
      if (!canSend) return;
      subtest.finalize();
      this.readySubtests.delete(i);
    }
  }

  createSubtest(Factory, name, options, fn, overrides) {
    if (typeof name === 'function') {
      fn = name;
    } else if (name !== null && typeof name === 'object') {
      fn = options;
      options = name;
    } else if (typeof options === 'function') {
      fn = options;
    }
    if (options === null || typeof options !== 'object') options = {};

    let parent = this;
    // A test created after its parent ended is reported at the top level.
    const tooLate = this.finished || this.buildPhaseFinished;
    if (tooLate) parent = this.root;

    const test = new Factory({ ...options, fn, name, parent, ...overrides });
    if (parent.waitingOn === 0) {
      parent.waitingOn = test.childNumber;
      parent.subtestsPromise = deferred();
    }
    if (tooLate) {
      test.fail(codes.ERR_TEST_FAILURE('test could not be started because its parent finished', kinds.parentAlreadyFinished));
    }
    parent.subtests.push(test);
    return test;
  }

  cancel(error) {
    if (this.endTime !== null || this.error !== null) return;
    this.fail(error || codes.ERR_TEST_FAILURE('test did not finish before its parent and was cancelled', kinds.cancelledByParent));
    this.cancelled = true;
    this.abortController.abort();
  }

  computeInheritedHooks() {
    this.hooks.beforeEach.unshift(...this.parent.hooks.beforeEach);
    this.hooks.afterEach.push(...this.parent.hooks.afterEach);
  }

  createHook(name, fn, options) {
    const hook = new TestHook(fn, { ...options, parent: this, hookType: name });
    if (name === 'before' || name === 'after') hook.once = true;
    if (name === 'before' && this.startTime !== null) {
      // The test has started: the hook runs at once.
      hook.run(this.getRunArgs()).then(() => {
        if (hook.error !== null) this.fail(hook.error);
      });
    }
    if (name === 'afterEach') {
      // A test's own afterEach hooks run in creation order, before inherited ones.
      this.hooks.afterEach.splice(this.hooks.ownAfterEachCount, 0, hook);
      this.hooks.ownAfterEachCount++;
    } else {
      this.hooks[name].push(hook);
    }
  }

  fail(err) {
    if (this.error !== null) return;
    if (this.expectFailure) {
      const { match } = this.expectFailure;
      if (match !== undefined) {
        const cause = err && err.code === 'ERR_TEST_FAILURE' && err.failureType === kinds.testCode && err.cause ? err.cause : err;
        try {
          require('assert').throws(() => { throw cause; }, match);
        } catch (mismatch) {
          this.passed = false;
          this.error = codes.ERR_TEST_FAILURE('The test failed, but the error did not match the expected validation', kinds.testCode);
          this.error.cause = mismatch;
          return;
        }
      }
      this.passed = true;
    } else {
      this.passed = false;
    }
    this.error = err;
  }

  pass() {
    if (this.error === null && this.expectFailure && !this.skipped) {
      this.passed = false;
      this.error = codes.ERR_TEST_FAILURE('test was expected to fail but passed', kinds.expectedFailure);
      return;
    }
    if (this.error !== null) return;
    this.passed = true;
  }

  skip(message) {
    this.skipped = true;
    this.message = message;
  }

  todo(message) {
    this.isTodo = true;
    this.message = message;
  }

  diagnostic(message) {
    this.diagnostics.push(message);
  }

  log(message, data) {
    validateString(message, 'message');
    this.reporter.log(this.nesting, this.loc, message, data);
  }

  applyFilters() {
    if (this.error) return;
    if (!this.only && !this.hasOnlyTests && (this.parent.runOnlySubtests || this.parent.hasOnlyTests || this.only === false)) {
      this.filtered = true;
    }
  }

  // Queues the test under its parent, or runs it now when the parent has
  // room; the promise settles when it has run.
  start() {
    this.applyFilters();
    if (this.filtered) {
      this.run = this.filteredRun;
    } else {
      this.testNumber = ++this.parent.outputSubtestCount;
    }
    this.parent.unfinishedSubtests.add(this);
    if (this.root.harness.buildPromise || !this.parent.hasConcurrency()) {
      const pending = deferred();
      pending.test = this;
      this.parent.pendingSubtests.push(pending);
      return pending.promise;
    }
    return this.run();
  }

  shouldAbort() {
    if (this.signal.aborted || (this.outerSignal && this.outerSignal.aborted)) {
      this.#onOuterAbort();
      return true;
    }
    return false;
  }

  getCtx() {
    if (this.#ctx === null) this.#ctx = new TestContext(this);
    return this.#ctx;
  }

  getRunArgs() {
    const ctx = this.getCtx();
    return { ctx, args: [ctx] };
  }

  async runHook(name, args) {
    try {
      for (const hook of this.hooks[name]) {
        await hook.run(args);
        if (hook.error !== null) throw hook.error;
      }
    } catch (err) {
      const error = codes.ERR_TEST_FAILURE(`failed running ${name} hook`, kinds.hook);
      error.cause = isTestFailure(err) ? err.cause : err;
      throw error;
    }
  }

  async filteredRun() {
    this.pass();
    this.subtests = [];
    this.report = noop;
    queueMicrotask(() => this.postRun());
  }

  async run() {
    if (this.parent !== null) {
      this.parent.activeSubtests++;
      this.computeInheritedHooks();
    }
    if (this.startTime === null) this.startTime = hrtime();
    if (this.shouldAbort()) {
      this.postRun();
      return;
    }

    const hookArgs = this.getRunArgs();
    const { args, ctx } = hookArgs;
    if (this.plan === null && this.expectedAssertions) ctx.plan(this.expectedAssertions);
    const skippedBeforeRun = this.skipped;
    const after = async () => {
      if (this.hooks.after.length > 0) await this.runHook('after', hookArgs);
    };
    let afterEachDone = null;
    const afterEach = () => {
      if (afterEachDone === null) {
        afterEachDone = this.parent !== null && this.parent.hooks.afterEach.length > 0 && !skippedBeforeRun
          ? this.parent.runHook('afterEach', hookArgs) : Promise.resolve();
      }
      return afterEachDone;
    };

    let stop = null;
    if (this.parent !== null) running.add(this);
    try {
      if (this.parent !== null && this.parent.hooks.before.length > 0) {
        await this.parent.runHook('before', this.parent.getRunArgs());
      }
      if (this.parent !== null && this.parent.hooks.beforeEach.length > 0 && !this.skipped) {
        await this.parent.runHook('beforeEach', hookArgs);
      }
      stop = stopTest(this.timeout, this.signal);
      await Promise.race([invoke(this, this.fn, ctx, args), stop.promise]);
      this.shouldAbort();
      if (this.subtestsPromise !== null) await Promise.race([this.subtestsPromise.promise, stop.promise]);
      if (this.plan !== null) {
        const waiting = this.plan.check();
        if (waiting) await Promise.race([waiting, stop.promise]);
      }
      this.pass();
      await afterEach();
      await after();
    } catch (err) {
      if (isTestFailure(err)) {
        if (err.failureType === kinds.timeout) this.cancel(err);
        else this.fail(err);
      } else {
        this.fail(codes.ERR_TEST_FAILURE(err, kinds.testCode));
      }
      try { await afterEach(); } catch { /* the test is already failing */ }
      try { await after(); } catch { /* the test is already failing */ }
    } finally {
      if (stop !== null) stop.dispose();
      running.delete(this);
      // The root is never aborted: its hooks are shared by every test.
      if (this.parent !== null) this.abortController.abort();
    }
    // The root's postRun waits for the process to be about to exit, so
    // asynchronous activity after the last test is still caught.
    if (this.parent !== null) this.postRun();
  }

  postRun(pendingSubtestsError) {
    if (this.endTime === null) this.endTime = hrtime();
    if (this.startTime === null) this.startTime = this.endTime;

    // Cancel what is still running and count the failed subtests.
    this.pendingSubtests = [];
    let failed = 0;
    for (const subtest of this.subtests) {
      if (!subtest.finished) {
        subtest.cancel(pendingSubtestsError);
        subtest.postRun(pendingSubtestsError);
      }
      if (!subtest.passed && !subtest.isTodo) failed++;
    }
    if ((this.passed || this.parent === null) && failed > 0) {
      this.fail(codes.ERR_TEST_FAILURE(`${failed} subtest${failed > 1 ? 's' : ''} failed`, kinds.subtestsFailed));
    }
    if (this.outerSignal) this.outerSignal.removeEventListener('abort', this.#onOuterAbort);
    if (this.mock !== null) this.mock.reset();

    if (this.parent !== null) {
      if (!this.filtered) {
        if (this.testNumber === 0) this.testNumber = ++this.parent.outputSubtestCount;
        this.parent.activeSubtests--;
      }
      this.parent.addReadySubtest(this);
      this.parent.processReadySubtestRange(false);
      this.parent.processPendingSubtests();
    } else if (!this.reported) {
      this.reported = true;
      this.harness.reportSummary(this);
    }
  }

  isClearToSend() {
    return this.parent === null || (this.parent.waitingOn === this.childNumber && this.parent.isClearToSend());
  }

  // Reports this finished test (after its subtests) and lets the next
  // sibling report.
  finalize() {
    this.processReadySubtestRange(true);
    this.report();
    this.parent.waitingOn++;
    this.finished = true;
    if (this.parent === this.root && this.root.waitingOn > this.root.subtests.length) {
      // Every test has finished: the root's after hooks may now release
      // handles that keep the process alive.
      this.root.run();
    }
  }

  duration() {
    return Number(this.endTime - this.startTime) / 1e6;
  }

  getReportDetails() {
    let directive;
    if (this.skipped) directive = { skip: this.message === null || this.message === undefined ? true : this.message };
    else if (this.isTodo) directive = { todo: this.message === null || this.message === undefined ? true : this.message };
    else if (this.expectFailure) {
      const label = typeof this.expectFailure === 'object' ? this.expectFailure.label : this.expectFailure;
      directive = { expectFailure: label === undefined ? true : label };
    }
    const details = { duration_ms: this.duration(), type: this.reportedType };
    if (!this.passed) details.error = this.error;
    return { details, directive };
  }

  report() {
    this.root.harness.countCompleted(this);
    if (this.outputSubtestCount === 0) this.reportStarted();
    const { details, directive } = this.getReportDetails();
    if (this.passed) this.reporter.ok(this.nesting, this.loc, this.testNumber, this.name, details, directive);
    else this.reporter.fail(this.nesting, this.loc, this.testNumber, this.name, details, directive);
    for (const message of this.diagnostics) this.reporter.diagnostic(this.nesting, this.loc, message);
  }

  // Announces the test (and its ancestors) before its first report.
  reportStarted() {
    if (this.#reportedStart || this.parent === null) return;
    this.#reportedStart = true;
    this.parent.reportStarted();
    this.reporter.start(this.nesting, this.loc, this.name);
  }
}

class TestHook {
  reportedType = 'hook';

  constructor(fn, options) {
    const { hookType, loc, parent, timeout, signal } = options;
    if (timeout !== null && timeout !== undefined && timeout !== Infinity) {
      validateNumber(timeout, 'options.timeout', 0, TIMEOUT_MAX);
    }
    validateAbortSignal(signal, 'options.signal');
    this.fn = typeof fn === 'function' ? fn : noop;
    this.hookType = hookType;
    this.parentTest = parent;
    this.timeout = timeout === null || timeout === undefined || timeout === Infinity ? null : timeout;
    this.outerSignal = signal;
    this.loc = loc === undefined ? undefined : { line: loc[0], column: loc[1], file: loc[2] };
    this.error = null;
    this.once = false;
    this.result = null;
    this.abortController = new AbortController();
  }

  fail(err) {
    if (this.error === null) this.error = err;
  }

  // Runs the hook with the test context in `args`; before/after hooks run
  // once and later calls get the first run's promise.
  run(args) {
    if (this.once && this.result !== null) return this.result;
    const result = this.#run(args);
    if (this.once) this.result = result;
    return result;
  }

  async #run({ ctx, args }) {
    if (this.error !== null && !(this.outerSignal && this.outerSignal.aborted)) {
      this.error = null;
      this.abortController.abort();
      this.abortController = new AbortController();
    }
    const startTime = hrtime();
    if (this.outerSignal && this.outerSignal.aborted) {
      this.fail(this.outerSignal.reason || abortedError());
    } else {
      const stop = stopTest(this.timeout, this.abortController.signal);
      try {
        await Promise.race([invoke(this, this.fn, ctx, args), stop.promise]);
      } catch (err) {
        this.fail(isTestFailure(err) ? err : codes.ERR_TEST_FAILURE(err, kinds.testCode));
      } finally {
        stop.dispose();
      }
    }
    const parent = this.parentTest;
    if (this.error !== null && parent === parent.root && this.hookType === 'after') {
      // A failing root after hook is reported as a test of its own.
      if (isTestFailure(this.error)) this.error.failureType = kinds.hook;
      const duration = Number(hrtime() - startTime) / 1e6;
      parent.reporter.fail(0, this.loc, parent.subtests.length + 1, this.loc && this.loc.file,
        { duration_ms: duration, error: this.error });
    }
  }
}

class Suite extends Test {
  reportedType = 'suite';

  constructor(options) {
    super(options);
    if (options.timeout === null || options.timeout === undefined) this.timeout = null;
    this.buildSuite = this.createBuild();
    this.fn = noop;
  }

  // Runs the suite function at once: it declares the suite's tests.
  async createBuild() {
    try {
      const { ctx, args } = this.getRunArgs();
      const result = runAs(this, this.fn, ctx, args);
      // From the next tick on, code outside any test function is taken to be
      // this async suite function resuming (code after describe() returned
      // is not).
      if (isPromise(result)) process.nextTick(() => { if (!this.buildPhaseFinished) building.add(this); });
      try {
        await result;
      } finally {
        building.delete(this);
      }
    } catch (err) {
      this.fail(codes.ERR_TEST_FAILURE(err, kinds.testCode));
    }
    this.buildPhaseFinished = true;
  }

  getRunArgs() {
    const ctx = new SuiteContext(this);
    return { ctx, args: [ctx] };
  }

  async filteredRun() {
    await this.buildSuite;
    return super.filteredRun();
  }

  async run() {
    this.computeInheritedHooks();
    const hookArgs = this.getRunArgs();
    let stop = null;
    let afterDone = null;
    const after = () => {
      if (afterDone === null) afterDone = this.runHook('after', hookArgs);
      return afterDone;
    };
    try {
      this.parent.activeSubtests++;
      await this.buildSuite;
      this.startTime = hrtime();
      if (this.shouldAbort()) {
        this.subtests = [];
        this.postRun();
        return;
      }
      if (this.parent.hooks.before.length > 0) await this.parent.runHook('before', this.parent.getRunArgs());
      await this.runHook('before', hookArgs);
      stop = stopTest(this.timeout, this.signal);
      const subtests = this.skipped || this.error ? [] : this.subtests;
      await Promise.race([Promise.all(subtests.map((subtest) => subtest.start())), stop.promise]);
      await after();
      this.pass();
    } catch (err) {
      try { await after(); } catch { /* the suite is already failing */ }
      this.fail(isTestFailure(err) ? err : codes.ERR_TEST_FAILURE(err, kinds.testCode));
    } finally {
      if (stop !== null) stop.dispose();
    }
    this.postRun();
  }
}

// options.expectFailure: true, a label, or what the error must match.
function parseExpectFailure(expectFailure) {
  if (expectFailure === undefined || expectFailure === false) return false;
  if (typeof expectFailure === 'string') return { label: expectFailure, match: undefined };
  if (typeof expectFailure === 'function' || expectFailure instanceof RegExp) return { label: undefined, match: expectFailure };
  if (typeof expectFailure !== 'object' || expectFailure === null) return { label: undefined, match: undefined };
  const keys = Object.keys(expectFailure);
  if (keys.length === 0) throw codes.ERR_INVALID_ARG_VALUE('options.expectFailure', expectFailure, 'must not be an empty object');
  if (keys.every((key) => key === 'match' || key === 'label')) return { label: expectFailure.label, match: expectFailure.match };
  return { label: undefined, match: expectFailure };
}

// The test that owns code running now: the test whose function is on the
// stack, else the most recently started test still running.
function currentTest() {
  if (current !== null) return current;
  let last = null;
  for (const test of running) last = test;
  return last;
}

// Where test() declares a test: the test whose function is on the stack
// (a hook stands for its test), else the suite an async describe function
// is still declaring.
function declaringTest() {
  if (current instanceof TestHook) return current.parentTest;
  if (current !== null) return current;
  let last = null;
  for (const suite of building) last = suite;
  return last;
}

module.exports = { Test, Suite, TestHook, currentTest, declaringTest };
