'use strict';
// node:assert — assertions that throw Node's AssertionError.

const { inspect } = require('util');
const { codes } = require('internal/errors');
const { isDeepStrictEqual, isDeepEqual } = require('internal/comparisons');
const { AssertionError } = require('internal/assertion_error');

function innerFail(options, generated = options.message == null) {
  if (options.message instanceof Error) throw options.message;
  const err = new AssertionError(options);
  err.generatedMessage = generated;
  throw err;
}

// The source text of the failing `assert(...)` / `assert.ok(...)` call,
// read from the caller's file, for Node's "evaluated to a falsy value".
function callSource(stackStartFn) {
  const holder = {};
  const saved = Error.stackTraceLimit;
  Error.stackTraceLimit = 1;
  Error.captureStackTrace(holder, stackStartFn);
  Error.stackTraceLimit = saved;
  const match = /\(?((?:\/|[A-Za-z]:\\)[^():]+):(\d+):(\d+)\)?$/.exec(String(holder.stack).split('\n')[1] || '');
  if (match === null) return undefined;
  let line;
  try {
    line = binding.readFile(match[1]).split('\n')[Number(match[2]) - 1];
  } catch {
    return undefined;
  }
  if (line === undefined) return undefined;
  const column = Number(match[3]) - 1;
  const callee = line.lastIndexOf('assert', column);
  const start = callee === -1 ? line.indexOf('assert') : callee;
  const open = line.indexOf('(', start);
  if (start === -1 || open === -1) return undefined;
  let depth = 0;
  for (let i = open; i < line.length; i++) {
    if (line[i] === '(') depth++;
    else if (line[i] === ')' && --depth === 0) return line.slice(start, i + 1);
  }
  return undefined;
}

function innerOk(fn, argLen, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argLen === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    const source = callSource(fn);
    message = source === undefined
      ? `${inspect(value)} == true`
      : `The expression evaluated to a falsy value:\n\n  ${source}\n`;
  } else if (message instanceof Error) {
    throw message;
  }
  const err = new AssertionError({ actual: value, expected: true, message, operator: '==', stackStartFn: fn });
  err.generatedMessage = generatedMessage;
  throw err;
}

function ok(...args) {
  innerOk(ok, args.length, ...args);
}

const assert = function assert(...args) {
  innerOk(assert, args.length, ...args);
};
assert.ok = ok;
assert.AssertionError = AssertionError;

assert.fail = function fail(message) {
  if (message instanceof Error) throw message;
  const err = new AssertionError({ message: message === undefined ? 'Failed' : message, operator: 'fail', stackStartFn: fail });
  err.generatedMessage = message === undefined;
  throw err;
};

function comparison(name, test, operator) {
  const fn = function (actual, expected, message) {
    if (arguments.length < 2) throw codes.ERR_MISSING_ARGS('actual', 'expected');
    if (!test(actual, expected)) innerFail({ actual, expected, message, operator, stackStartFn: fn });
  };
  Object.defineProperty(fn, 'name', { value: name });
  return fn;
}

// eslint-disable-next-line eqeqeq
assert.equal = comparison('equal', (a, b) => a == b || (Number.isNaN(a) && Number.isNaN(b)), '==');
// eslint-disable-next-line eqeqeq
assert.notEqual = comparison('notEqual', (a, b) => a != b && !(Number.isNaN(a) && Number.isNaN(b)), '!=');
assert.strictEqual = comparison('strictEqual', Object.is, 'strictEqual');
assert.notStrictEqual = comparison('notStrictEqual', (a, b) => !Object.is(a, b), 'notStrictEqual');
assert.deepEqual = comparison('deepEqual', isDeepEqual, 'deepEqual');
assert.notDeepEqual = comparison('notDeepEqual', (a, b) => !isDeepEqual(a, b), 'notDeepEqual');
assert.deepStrictEqual = comparison('deepStrictEqual', isDeepStrictEqual, 'deepStrictEqual');
assert.partialDeepStrictEqual = comparison('partialDeepStrictEqual',
  (actual, expected) => require('internal/partial_comparison').isPartialStrictEqual(actual, expected),
  'partialDeepStrictEqual');
assert.notDeepStrictEqual = comparison('notDeepStrictEqual', (a, b) => !isDeepStrictEqual(a, b), 'notDeepStrictEqual');

function matcher(name, shouldMatch) {
  const fn = function (string, regexp, message) {
    if (!(regexp instanceof RegExp)) throw codes.ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
    if (typeof string !== 'string' || regexp.test(string) !== shouldMatch) {
      if (message instanceof Error) throw message;
      const generated = message === undefined;
      const text = generated
        ? (typeof string !== 'string'
          ? `The "string" argument must be of type string. Received type ${typeof string} (${inspect(string)})`
          : `${shouldMatch ? 'The input did not match' : 'The input was expected to not match'} the regular expression ${inspect(regexp)}. Input:\n\n${inspect(string)}\n`)
        : message;
      const err = new AssertionError({ actual: string, expected: regexp, message: text, operator: name, stackStartFn: fn });
      err.generatedMessage = generated;
      throw err;
    }
  };
  return fn;
}
assert.match = matcher('match', true);
assert.doesNotMatch = matcher('doesNotMatch', false);

function getActual(fn) {
  if (typeof fn !== 'function') throw codes.ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
  try {
    fn();
  } catch (err) {
    return err;
  }
  return NO_EXCEPTION;
}
const NO_EXCEPTION = Symbol('no exception');

async function waitForActual(promiseFn) {
  let promise;
  if (typeof promiseFn === 'function') {
    promise = promiseFn();
    if (promise === null || typeof promise !== 'object' || typeof promise.then !== 'function') {
      throw codes.ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', promise);
    }
  } else if (promiseFn !== null && typeof promiseFn === 'object' && typeof promiseFn.then === 'function') {
    promise = promiseFn;
  } else {
    throw codes.ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await promise;
  } catch (err) {
    return err;
  }
  return NO_EXCEPTION;
}

function expectedException(actual, expected, message, fn) {
  if (typeof expected === 'function') {
    if (expected.prototype !== undefined && actual instanceof expected) return;
    if (Error.isPrototypeOf(expected) || expected === Error) {
      const received = actual !== null && typeof actual === 'object' && actual.constructor ? actual.constructor.name : typeof actual;
      const text = message || `The error is expected to be an instance of "${expected.name}". Received "${received}"\n\nError message:\n\n${actual && actual.message}`;
      innerFail({ actual, expected, message: text, operator: fn.name, stackStartFn: fn }, !message);
    }
    if (expected.call({}, actual) !== true) {
      const text = message || `The ${expected.name ? `"${expected.name}" validation function` : 'validation function'} is expected to return "true". Received ${inspect(expected.call({}, actual))}\n\nCaught error:\n\n${actual}`;
      innerFail({ actual, expected, message: text, operator: fn.name, stackStartFn: fn }, !message);
    }
    return;
  }
  if (expected instanceof RegExp) {
    const input = String(actual);
    if (expected.test(input)) return;
    const text = message || `The input did not match the regular expression ${inspect(expected)}. Input:\n\n${inspect(input)}\n`;
    innerFail({ actual, expected, message: text, operator: fn.name, stackStartFn: fn }, !message);
  }
  if (expected !== null && typeof expected === 'object') {
    // A primitive cannot have the expected properties: the failure shows it
    // as it is, under the calling function's name.
    if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn });
      err.generatedMessage = !message;
      err.operator = fn.name;
      throw err;
    }
    for (const key of Object.keys(expected)) {
      const want = expected[key];
      const got = actual == null ? undefined : actual[key];
      const matches = want instanceof RegExp && typeof got === 'string' ? want.test(got) : isDeepStrictEqual(got, want);
      if (!matches) {
        const keys = Object.keys(expected);
        const compared = new Comparison(actual, keys);
        const wanted = new Comparison(expected, keys);
        innerFail({ actual: compared, expected: wanted, message, operator: 'deepStrictEqual', stackStartFn: fn });
      }
    }
    return;
  }
  throw codes.ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp', 'Object', 'Error'], expected);
}

// The compared properties of an error and of its expected shape, printed
// as `Comparison { ... }` in the diff, as Node does.
class Comparison {
  constructor(source, keys) {
    for (const key of keys) {
      if (source != null && key in Object(source)) this[key] = source[key];
    }
  }
}

function checkThrown(fn, actual, error, message, kind) {
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (actual === NO_EXCEPTION) {
    let details = '';
    if (error && error.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const what = kind === 'rejects' ? 'rejection' : 'exception';
    innerFail({ actual: undefined, expected: error, operator: kind, message: `Missing expected ${what}${details}`, stackStartFn: fn }, false);
  }
  if (error !== undefined) expectedException(actual, error, message, fn);
}

function checkNotThrown(fn, actual, error, message, kind) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (error === undefined || (typeof error === 'function' && actual instanceof error) ||
      (error instanceof RegExp && error.test(String(actual)))) {
    const details = message ? `: ${message}` : '.';
    const what = kind === 'doesNotReject' ? 'rejection' : 'exception';
    innerFail({
      actual, expected: error, operator: kind, stackStartFn: fn,
      message: `Got unwanted ${what}${details}\nActual message: "${actual && actual.message}"`,
    }, false);
  }
  throw actual;
}

assert.throws = function throws(promiseFn, error, message) {
  checkThrown(throws, getActual(promiseFn), error, message, 'throws');
};
assert.doesNotThrow = function doesNotThrow(promiseFn, error, message) {
  checkNotThrown(doesNotThrow, getActual(promiseFn), error, message, 'doesNotThrow');
};
assert.rejects = async function rejects(promiseFn, error, message) {
  checkThrown(rejects, await waitForActual(promiseFn), error, message, 'rejects');
};
assert.doesNotReject = async function doesNotReject(promiseFn, error, message) {
  checkNotThrown(doesNotReject, await waitForActual(promiseFn), error, message, 'doesNotReject');
};

assert.ifError = function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  message += typeof err === 'object' && typeof err.message === 'string'
    ? (err.message.length === 0 && err.constructor ? err.constructor.name : err.message)
    : inspect(err);
  const newErr = new AssertionError({ actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError });
  newErr.generatedMessage = false;
  throw newErr;
};

// assert.strict: the strict variants under the loose names.
const strict = function strict(...args) {
  innerOk(strict, args.length, ...args);
};
Object.assign(strict, assert, {
  equal: assert.strictEqual,
  notEqual: assert.notStrictEqual,
  deepEqual: assert.deepStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});
strict.strict = strict;
assert.strict = strict;

module.exports = assert;
