'use strict';
// Deep equality as Node's util.isDeepStrictEqual and assert.deepStrictEqual
// define it (strict mode) and as assert.deepEqual defines it (loose mode).

const types = require('internal/types');

const tagOf = (v) => Object.prototype.toString.call(v);

function ownKeys(value, strict) {
  const keys = Object.keys(value);
  if (strict) {
    for (const sym of Object.getOwnPropertySymbols(value)) {
      if (Object.prototype.propertyIsEnumerable.call(value, sym)) keys.push(sym);
    }
  }
  return keys;
}

// Each kind of boxed primitive with the valueOf that unboxes it (by brand,
// whatever the prototype or Symbol.toStringTag claim).
const unboxers = [
  [types.isNumberObject, Number.prototype.valueOf], [types.isStringObject, String.prototype.valueOf],
  [types.isBooleanObject, Boolean.prototype.valueOf], [types.isBigIntObject, BigInt.prototype.valueOf],
  [types.isSymbolObject, Symbol.prototype.valueOf],
];

/** Whether boxed primitive `a` and `b` box the same kind of the same value. */
function boxedEqual(a, b) {
  const [isKind, valueOf] = unboxers.find(([is]) => is(a));
  return isKind(b) && Object.is(valueOf.call(a), valueOf.call(b));
}

// Functions count as primitives: they are equal only to themselves.
function isPrimitive(value) {
  return value === null || typeof value !== 'object';
}

function primitiveEqual(a, b, strict) {
  if (strict) return Object.is(a, b);
  // eslint-disable-next-line eqeqeq
  return a == b || (Number.isNaN(a) && Number.isNaN(b));
}

function setHasEqual(set, value, strict, memos) {
  for (const candidate of set) {
    if (innerEqual(value, candidate, strict, memos)) return true;
  }
  return false;
}

function setEqual(a, b, strict, memos) {
  if (a.size !== b.size) return false;
  const unmatched = [];
  for (const value of a) {
    if (isPrimitive(value) ? !b.has(value) && (strict || !setHasEqual(b, value, strict, memos)) : true) {
      if (isPrimitive(value)) return false;
      unmatched.push(value);
    }
  }
  const pool = [...b].filter((v) => !isPrimitive(v));
  for (const value of unmatched) {
    const index = pool.findIndex((candidate) => innerEqual(value, candidate, strict, memos));
    if (index === -1) return false;
    pool.splice(index, 1);
  }
  return true;
}

function mapEqual(a, b, strict, memos) {
  if (a.size !== b.size) return false;
  const pending = [];
  for (const [key, value] of a) {
    if (isPrimitive(key)) {
      if (!b.has(key) || !innerEqual(value, b.get(key), strict, memos)) return false;
    } else {
      pending.push([key, value]);
    }
  }
  const pool = [...b].filter(([key]) => !isPrimitive(key));
  for (const [key, value] of pending) {
    const index = pool.findIndex(([k, v]) => innerEqual(key, k, strict, memos) && innerEqual(value, v, strict, memos));
    if (index === -1) return false;
    pool.splice(index, 1);
  }
  return true;
}

function keysEqual(a, b, strict, memos) {
  const aKeys = ownKeys(a, strict);
  const bKeys = ownKeys(b, strict);
  if (aKeys.length !== bKeys.length) return false;
  for (const key of aKeys) {
    if (!Object.prototype.propertyIsEnumerable.call(b, key)) return false;
  }
  for (const key of aKeys) {
    if (!innerEqual(a[key], b[key], strict, memos)) return false;
  }
  return true;
}

function innerEqual(a, b, strict, memos) {
  if (a === b) return a !== 0 || Object.is(a, b) || !strict;
  if (isPrimitive(a) || isPrimitive(b)) {
    if (strict) return typeof a === 'number' && Number.isNaN(a) && Number.isNaN(b);
    if (!isPrimitive(a) || !isPrimitive(b)) return false;
    return primitiveEqual(a, b, false);
  }
  if (strict === true && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const tag = tagOf(a);
  if (tag !== tagOf(b)) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;

  // Cycles: a pair already being compared is assumed equal.
  const seenB = memos.get(a);
  if (seenB !== undefined && seenB.has(b)) return true;
  if (seenB === undefined) memos.set(a, new Set([b]));
  else seenB.add(b);

  if (Array.isArray(a) && a.length !== b.length) return false;
  if (a instanceof Date) {
    if (a.getTime() !== b.getTime()) return false;
  } else if (a instanceof RegExp) {
    if (a.source !== b.source || a.flags !== b.flags || a.lastIndex !== b.lastIndex) return false;
  } else if (a instanceof Error) {
    // The stack is left out; the rest counts even when not enumerable.
    for (const name of ['message', 'name', 'cause', 'errors']) {
      if (!Object.prototype.propertyIsEnumerable.call(b, name) && !innerEqual(a[name], b[name], strict, memos)) {
        return false;
      }
    }
    if (Object.hasOwn(a, 'cause') !== Object.hasOwn(b, 'cause')) return false;
  } else if (types.isWeakMap(a) || types.isWeakSet(a) || types.isPromise(a)) {
    return false; // equal only to themselves
  } else if (ArrayBuffer.isView(a)) {
    if (a.byteLength !== b.byteLength) return false;
    // Loosely, float arrays compare by value (0 equals -0); else by bytes.
    const byValue = !strict && /^\[object Float(16|32|64)Array\]$/.test(tag);
    const x = byValue ? a : new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    const y = byValue ? b : new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
    return keysEqual(a, b, strict, memos) || !strict;
  } else if (types.isAnyArrayBuffer(a)) {
    if (a.byteLength !== b.byteLength) return false;
    const x = new Uint8Array(a);
    const y = new Uint8Array(b);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  } else if (types.isBoxedPrimitive(a)) {
    if (!boxedEqual(a, b)) return false;
  } else if (a instanceof Set) {
    if (!setEqual(a, b, strict, memos)) return false;
  } else if (a instanceof Map) {
    if (!mapEqual(a, b, strict, memos)) return false;
  }
  return keysEqual(a, b, strict, memos);
}

// The strict mode that does not compare prototypes (a truthy `strict`
// other than true).
const kStrictWithoutPrototypes = 'strict without prototypes';

/** Strict deep equality; with `skipPrototype`, prototypes may differ. */
function isDeepStrictEqual(a, b, skipPrototype = false) {
  return innerEqual(a, b, skipPrototype ? kStrictWithoutPrototypes : true, new Map());
}

function isDeepEqual(a, b) {
  return innerEqual(a, b, false, new Map());
}

module.exports = { isDeepStrictEqual, isDeepEqual };
