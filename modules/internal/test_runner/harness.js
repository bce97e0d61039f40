'use strict';
// node:test without --test: the root of the test tree, made on first use.
// Tests start once the main module has run (after the reporter is set up),
// uncaught errors fail the test that is running, and the summary is printed
// when the event loop empties ('beforeExit'); a failure sets
// process.exitCode to 1.

const { codes } = require('internal/errors');
const { Test, Suite, currentTest, declaringTest } = require('internal/test_runner/test');
const { TestsStream } = require('internal/test_runner/tests_stream');
const { kinds, callerLocation, TIMEOUT_MAX } = require('internal/test_runner/utils');
// The real timers, kept before mock.timers can replace them.
const { setInterval, clearInterval } = require('timers');

let root = null;

function createCounters() {
  return { tests: 0, failed: 0, passed: 0, cancelled: 0, skipped: 0, todo: 0, topLevel: 0, suites: 0 };
}

function createHarness() {
  let buildDone;
  const harness = {
    buildPromise: new Promise((resolve) => { buildDone = resolve; }),
    buildSuites: [],
    waitingForBuild: false,
    bootstrapPromise: null,
    counters: createCounters(),
    success: true,
    // Ends the build phase once every top-level suite has declared its tests.
    async waitForBuildPhase() {
      if (harness.buildSuites.length > 0) await Promise.all(harness.buildSuites);
      buildDone();
    },
    countCompleted(test) {
      const counters = harness.counters;
      if (test.nesting === 0) counters.topLevel++;
      if (test.reportedType === 'suite') {
        counters.suites++;
        if (!test.passed && !test.isTodo) harness.success = false;
        return;
      }
      if (test.skipped) counters.skipped++;
      else if (test.isTodo) counters.todo++;
      else if (test.cancelled) {
        counters.cancelled++;
        harness.success = false;
      } else if (!test.passed) {
        counters.failed++;
        harness.success = false;
      } else {
        counters.passed++;
      }
      counters.tests++;
    },
    reportSummary(test) {
      const { reporter, loc } = test;
      for (const message of test.diagnostics) reporter.diagnostic(0, loc, message);
      const duration = test.duration();
      for (const name of ['tests', 'suites', 'pass', 'fail', 'cancelled', 'skipped', 'todo']) {
        const key = name === 'pass' ? 'passed' : name === 'fail' ? 'failed' : name;
        reporter.diagnostic(0, loc, `${name} ${harness.counters[key]}`);
      }
      reporter.diagnostic(0, loc, `duration_ms ${duration}`);
      reporter.summary(0, undefined, harness.success, harness.counters, duration);
      if (!harness.success) process.exitCode = 1;
      reporter.end();
    },
  };
  return harness;
}

// An uncaught error fails the running test; with none running it becomes a
// diagnostic of the run. Before the first test starts it stays uncaught.
function onProcessError(eventName) {
  return (err) => {
    if (root.harness.bootstrapPromise !== null) throw err;
    const test = currentTest();
    if (test === null || test.finished || test.hookType !== undefined) {
      let description;
      try {
        description = `${err}`;
      } catch {
        description = Object.prototype.toString.call(err);
      }
      root.diagnostic(`Error: A resource generated asynchronous activity after the test ended. This activity created ` +
        `the error "${description}" which triggered an ${eventName} event, caught by the test runner.`);
      root.harness.success = false;
      process.exitCode = 1;
      return;
    }
    test.fail(codes.ERR_TEST_FAILURE(err, eventName));
    test.abortController.abort();
  };
}

// When the loop empties: run the root's hooks if no test ran, wait for the
// tests still running (keeping the process alive), then cancel what is left
// and print the summary.
function setupProcessState(rootTest) {
  const onUncaught = onProcessError('uncaughtException');
  const onRejection = onProcessError('unhandledRejection');
  const onBeforeExit = async () => {
    if (rootTest.subtests.length === 0 && (rootTest.hooks.before.length > 0 || rootTest.hooks.after.length > 0)) {
      await rootTest.run();
    }
    if (rootTest.subtestsPromise !== null) {
      const keepAlive = setInterval(() => {}, TIMEOUT_MAX);
      await rootTest.subtestsPromise.promise;
      clearInterval(keepAlive);
    }
    rootTest.postRun(codes.ERR_TEST_FAILURE('Promise resolution is still pending but the event loop has already resolved',
      kinds.cancelledByParent));
    process.removeListener('uncaughtException', onUncaught);
    process.removeListener('unhandledRejection', onRejection);
    process.removeListener('beforeExit', onBeforeExit);
  };
  process.on('uncaughtException', onUncaught);
  process.on('unhandledRejection', onRejection);
  process.on('beforeExit', onBeforeExit);
}

function lazyRoot() {
  if (root !== null) return root;
  const entryFile = process.argv[1];
  const harness = createHarness();
  const reporter = new TestsStream();
  root = new Test({ name: '<root>', harness, reporter, entryFile, loc: entryFile ? [1, 1, entryFile] : undefined });
  root.startTime = process.hrtime.bigint();
  setupProcessState(root);
  // The reporter is attached a tick later, as Node's is (its setup is
  // asynchronous), so what tests print and what it prints interleave alike.
  harness.bootstrapPromise = Promise.resolve().then(() => {
    const { SpecReporter } = require('internal/test_runner/spec');
    reporter.pipe(new SpecReporter()).pipe(process.stdout);
  });
  return root;
}

// A top-level test waits for the reporter and for every top-level suite to
// declare its tests, then starts.
async function startAfterBootstrap(subtest) {
  const { harness } = subtest.root;
  if (harness.buildPromise) {
    if (harness.bootstrapPromise) {
      await harness.bootstrapPromise;
      harness.bootstrapPromise = null;
    }
    if (subtest.buildSuite) harness.buildSuites.push(subtest.buildSuite);
    if (!harness.waitingForBuild) {
      harness.waitingForBuild = true;
      queueMicrotask(() => harness.waitForBuildPhase());
    }
    await harness.buildPromise;
    harness.buildPromise = null;
  }
  await subtest.start();
}

// test()/suite() and their .skip/.todo/.only/.expectFailure forms: a subtest
// of the test or suite being declared, else of the root.
function declarer(Factory) {
  function declare(name, options, fn, overrides) {
    const parent = declaringTest() || lazyRoot();
    const subtest = parent.createSubtest(Factory, name, options, fn, overrides);
    if (parent instanceof Suite) return Promise.resolve();
    return startAfterBootstrap(subtest);
  }
  const entry = function test(name, options, fn) {
    return declare(name, options, fn, { loc: callerLocation(entry) });
  };
  for (const keyword of ['expectFailure', 'skip', 'todo', 'only']) {
    const variant = (name, options, fn) => declare(name, options, fn, { [keyword]: true, loc: callerLocation(variant) });
    entry[keyword] = variant;
  }
  return entry;
}

function hook(hookType) {
  const add = (fn, options) => {
    const parent = declaringTest() || lazyRoot();
    parent.createHook(hookType, fn, { ...options, loc: callerLocation(add) });
  };
  return add;
}

/** The context of the test whose function is running, or undefined. */
function getTestContext() {
  const test = declaringTest();
  return test === null ? undefined : test.getCtx();
}

module.exports = {
  test: declarer(Test),
  suite: declarer(Suite),
  before: hook('before'),
  after: hook('after'),
  beforeEach: hook('beforeEach'),
  afterEach: hook('afterEach'),
  getTestContext,
};
