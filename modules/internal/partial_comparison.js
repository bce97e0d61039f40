'use strict';
// assert.partialDeepStrictEqual's comparison, as Node defines it: `expected`
// must be contained in `actual`. Its own enumerable properties (symbols
// too) are compared deeply and partially; arrays, typed arrays and
// ArrayBuffers match as ordered subsequences; sets and maps by containment;
// errors ignore an expected message or cause that is absent. Prototypes are
// not compared, kinds (tags) are; everything else compares strictly.

const { isDeepStrictEqual } = require('internal/comparisons');
const types = require('internal/types');

const tagOf = (value) => Object.prototype.toString.call(value);

function ownEnumerableKeys(value) {
  const keys = Object.keys(value);
  for (const symbol of Object.getOwnPropertySymbols(value)) {
    if (Object.prototype.propertyIsEnumerable.call(value, symbol)) keys.push(symbol);
  }
  return keys;
}

// Whether `expected`'s elements appear in `actual` in order (each matched
// by `equal`), other elements of `actual` in between.
function isSubsequence(actual, expected, equal) {
  if (actual.length < expected.length) return false;
  let position = 0;
  for (let i = 0; i < expected.length; i++) {
    while (!equal(actual[position], expected[i])) {
      position++;
      if (position > actual.length - expected.length + i) return false;
    }
    position++;
  }
  return true;
}

function bytesOf(value) {
  return ArrayBuffer.isView(value)
    ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength) : new Uint8Array(value);
}

// Every element of `expected` equals a distinct element of `actual`.
function containsAll(actualValues, expectedValues, equal) {
  const pool = [...actualValues];
  for (const value of expectedValues) {
    const index = pool.findIndex((candidate) => equal(candidate, value));
    if (index === -1) return false;
    pool.splice(index, 1);
  }
  return true;
}

function keysContained(actual, expected, memos, skipIndices) {
  for (const key of ownEnumerableKeys(expected)) {
    if (skipIndices && typeof key === 'string' && /^(0|[1-9]\d*)$/.test(key)) continue;
    if (!Object.prototype.propertyIsEnumerable.call(actual, key)) return false;
    if (!partial(actual[key], expected[key], memos)) return false;
  }
  return true;
}

function partial(actual, expected, memos) {
  if (actual === expected) return actual !== 0 || Object.is(actual, expected);
  if (typeof actual === 'number' && typeof expected === 'number') return Number.isNaN(actual) && Number.isNaN(expected);
  if (actual === null || expected === null || typeof actual !== 'object' || typeof expected !== 'object') return false;
  if (tagOf(actual) !== tagOf(expected) || Array.isArray(actual) !== Array.isArray(expected)) return false;
  // Cycles: a pair already being compared is taken as equal.
  let seen = memos.get(actual);
  if (seen?.has(expected)) return true;
  if (seen === undefined) memos.set(actual, (seen = new Set()));
  seen.add(expected);
  const equal = (a, b) => partial(a, b, memos);

  if (Array.isArray(expected)) {
    const elements = (array) => Object.keys(array).filter((k) => /^(0|[1-9]\d*)$/.test(k)).map((k) => array[k]);
    return isSubsequence(elements(actual), elements(expected), equal) && keysContained(actual, expected, memos, true);
  }
  if (ArrayBuffer.isView(expected) || types.isAnyArrayBuffer(expected)) {
    if (types.isAnyArrayBuffer(expected) !== types.isAnyArrayBuffer(actual)) return false;
    const same = (a, b) => a === b;
    return isSubsequence(bytesOf(actual), bytesOf(expected), same) && keysContained(actual, expected, memos, true);
  }
  if (types.isSet(expected)) {
    const values = [...expected].filter((v) => !actual.has(v));
    return values.every((v) => v !== null && typeof v === 'object') &&
      containsAll([...actual].filter((v) => v !== null && typeof v === 'object'), values, equal);
  }
  if (types.isMap(expected)) {
    for (const [key, value] of expected) {
      if (actual.has(key)) {
        if (!partial(actual.get(key), value, memos)) return false;
      } else if (key === null || typeof key !== 'object' ||
        !containsAll(actual, [[key, value]], ([k, v], [k2, v2]) => partial(k, k2, memos) && partial(v, v2, memos))) {
        return false;
      }
    }
    return true;
  }
  if (types.isNativeError(expected) || expected instanceof Error) {
    for (const name of ['message', 'name', 'cause', 'errors']) {
      if (Object.prototype.propertyIsEnumerable.call(expected, name)) continue;
      const wanted = expected[name];
      if (wanted === undefined || (name === 'message' && wanted === '')) continue;
      if (!partial(actual[name], wanted, memos)) return false;
    }
  } else if (tagOf(expected) !== '[object Object]' && !isDeepStrictEqual(actual, expected, true)) {
    // Dates, regular expressions, boxed primitives and the like compare whole.
    return false;
  }
  return keysContained(actual, expected, memos, false);
}

/** Whether `expected` is deeply and partially contained in `actual`. */
function isPartialStrictEqual(actual, expected) {
  return partial(actual, expected, new Map());
}

module.exports = { isPartialStrictEqual };
