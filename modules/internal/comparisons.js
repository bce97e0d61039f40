'use strict';
// Deep equality as Node's util.isDeepStrictEqual and assert.deepStrictEqual
// define it (strict mode) and as assert.deepEqual defines it (loose mode).

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
  if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
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
    if (a.message !== b.message || a.name !== b.name) return false;
  } else if (ArrayBuffer.isView(a)) {
    if (a.byteLength !== b.byteLength) return false;
    const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
    const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
    return keysEqual(a, b, strict, memos) || !strict;
  } else if (a instanceof ArrayBuffer) {
    if (a.byteLength !== b.byteLength) return false;
    const x = new Uint8Array(a);
    const y = new Uint8Array(b);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  } else if (tag === '[object Number]' || tag === '[object String]' || tag === '[object Boolean]' ||
             tag === '[object BigInt]' || tag === '[object Symbol]') {
    if (!Object.is(a.valueOf(), b.valueOf())) return false;
  } else if (a instanceof Set) {
    if (!setEqual(a, b, strict, memos)) return false;
  } else if (a instanceof Map) {
    if (!mapEqual(a, b, strict, memos)) return false;
  }
  return keysEqual(a, b, strict, memos);
}

function isDeepStrictEqual(a, b) {
  return innerEqual(a, b, true, new Map());
}

function isDeepEqual(a, b) {
  return innerEqual(a, b, false, new Map());
}

module.exports = { isDeepStrictEqual, isDeepEqual };
