'use strict';
// The checks behind t.assert: node:assert's, the mock-call checks
// (called, callCount, lastCalledWith, nthCalledWith) and any registered with
// require('node:test').assert.register().

const { codes, validateFunction, validateInteger, validateString } = require('internal/errors');

const copied = ['deepEqual', 'deepStrictEqual', 'doesNotMatch', 'doesNotReject', 'doesNotThrow', 'equal', 'fail',
  'ifError', 'match', 'notDeepEqual', 'notDeepStrictEqual', 'notEqual', 'notStrictEqual', 'ok', 'partialDeepStrictEqual',
  'rejects', 'strictEqual', 'throws'];
let map;

function mockContext(fn) {
  const { MockFunctionContext } = require('internal/test_runner/mock');
  const ctx = fn === null || fn === undefined ? undefined : fn.mock;
  if (!(ctx instanceof MockFunctionContext)) throw codes.ERR_INVALID_ARG_TYPE('fn', 'mock function', fn);
  return ctx;
}

function failure(fields) {
  const { AssertionError } = require('assert');
  return new AssertionError(fields);
}

function called(fn, message) {
  const count = mockContext(fn).callCount();
  if (count === 0) {
    throw failure({ message: message ?? 'Expected mock function to have been called', actual: count, operator: 'called', stackStartFn: called });
  }
}

function callCount(fn, times, message) {
  validateInteger(times, 'times', 0);
  const count = mockContext(fn).callCount();
  if (count !== times) {
    throw failure({
      message: message ?? `Expected mock function to have been called ${times} times, but it was called ${count} times`,
      actual: count, expected: times, operator: 'callCount', stackStartFn: callCount,
    });
  }
}

function calledWithAt(fn, n, args, stackStartFn) {
  const { calls } = mockContext(fn);
  if (n > calls.length) {
    throw failure({
      message: `Expected mock function to have been called at least ${n} times, but it was called ${calls.length} times`,
      actual: calls.length, expected: n, operator: stackStartFn.name, stackStartFn,
    });
  }
  const actual = calls[n - 1].arguments;
  if (!require('util').isDeepStrictEqual(actual, args)) {
    throw failure({
      message: `Expected call ${n} of mock function to have been called with:`,
      actual, expected: args, operator: 'deepStrictEqual', stackStartFn,
    });
  }
}

function nthCalledWith(fn, n, ...args) {
  validateInteger(n, 'n', 1);
  calledWithAt(fn, n, args, nthCalledWith);
}

function lastCalledWith(fn, ...args) {
  const count = mockContext(fn).callCount();
  if (count === 0) {
    throw failure({ message: 'Expected mock function to have been called', actual: count, operator: 'lastCalledWith', stackStartFn: lastCalledWith });
  }
  calledWithAt(fn, count, args, lastCalledWith);
}

/** Every t.assert check by name. */
function assertionMap() {
  if (map === undefined) {
    const assert = require('assert');
    map = new Map();
    for (const name of copied) {
      if (typeof assert[name] === 'function') map.set(name, assert[name]);
    }
    map.set('called', called);
    map.set('callCount', callCount);
    map.set('lastCalledWith', lastCalledWith);
    map.set('nthCalledWith', nthCalledWith);
  }
  return map;
}

/** Adds (or replaces) a t.assert check. */
function register(name, fn) {
  validateString(name, 'name');
  validateFunction(fn, 'fn');
  assertionMap().set(name, fn);
}

module.exports = { assertionMap, register };
