'use strict';
// Small pieces node:test's modules share: the failure kinds of
// ERR_TEST_FAILURE and where a test was declared.

/** The `failureType` values of ERR_TEST_FAILURE, as Node names them. */
const kinds = {
  aborted: 'testAborted',
  callbackAndPromise: 'callbackAndPromisePresent',
  cancelledByParent: 'cancelledByParent',
  expectedFailure: 'expectedFailure',
  hook: 'hookFailed',
  multipleCallbacks: 'multipleCallbackInvocations',
  parentAlreadyFinished: 'parentAlreadyFinished',
  subtestsFailed: 'subtestsFailed',
  testCode: 'testCodeFailure',
  timeout: 'testTimeoutFailure',
};

/** The longest timer delay (timeouts, plan waits), as in node:timers. */
const TIMEOUT_MAX = 2 ** 31 - 1;

/** Whether `err` is the runner's own ERR_TEST_FAILURE. */
function isTestFailure(err) {
  return err !== null && typeof err === 'object' && err.code === 'ERR_TEST_FAILURE' && 'failureType' in err;
}

/** [line, column, file] of the code that called `below`, or undefined. */
function callerLocation(below) {
  const saved = Error.prepareStackTrace;
  const holder = {};
  Error.prepareStackTrace = (_, frames) => frames;
  try {
    Error.captureStackTrace(holder, below);
  } finally {
    Error.prepareStackTrace = saved;
  }
  const frames = holder.stack;
  const frame = Array.isArray(frames) ? frames[0] : undefined;
  if (frame === undefined || frame.getLineNumber() == null) return undefined;
  let file = frame.getFileName();
  if (typeof file === 'string' && file.startsWith('file://')) file = require('internal/modules/file_url').fileURLToPath(file);
  return [frame.getLineNumber(), frame.getColumnNumber(), file];
}

module.exports = { kinds, isTestFailure, callerLocation, TIMEOUT_MAX };
