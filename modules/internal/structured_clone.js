'use strict';
// structuredClone: the HTML structured-clone algorithm for the types Node
// supports without transfer (circular references kept).

const { DOMException } = require('internal/dom_exception');

const errorConstructors = { Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };

function uncloneable(value) {
  let shown;
  try {
    shown = typeof value === 'symbol' ? value.toString() : typeof value === 'function' ? Function.prototype.toString.call(value) : `${value}`;
  } catch {
    shown = Object.prototype.toString.call(value);
  }
  return new DOMException(`${shown} could not be cloned.`, 'DataCloneError');
}

function cloneValue(value, seen) {
  if (typeof value === 'symbol' || typeof value === 'function') throw uncloneable(value);
  if (value === null || typeof value !== 'object') return value;
  const known = seen.get(value);
  if (known !== undefined) return known;
  let copy;
  const tag = Object.prototype.toString.call(value);
  if (tag === '[object Date]') {
    copy = new Date(value.getTime());
  } else if (tag === '[object RegExp]') {
    copy = new RegExp(value.source, value.flags);
  } else if (tag === '[object Boolean]' || tag === '[object Number]' || tag === '[object String]' || tag === '[object BigInt]') {
    copy = Object(value.valueOf());
  } else if (value instanceof ArrayBuffer) {
    copy = value.slice(0);
  } else if (ArrayBuffer.isView(value)) {
    const buffer = cloneValue(value.buffer, seen);
    const Ctor = value.constructor;
    copy = value instanceof DataView
      ? new DataView(buffer, value.byteOffset, value.byteLength)
      : new Ctor(buffer, value.byteOffset, value.length);
  } else if (value instanceof Map) {
    copy = new Map();
    seen.set(value, copy);
    for (const [k, v] of value) copy.set(cloneValue(k, seen), cloneValue(v, seen));
    return copy;
  } else if (value instanceof Set) {
    copy = new Set();
    seen.set(value, copy);
    for (const v of value) copy.add(cloneValue(v, seen));
    return copy;
  } else if (value instanceof Error) {
    const Ctor = errorConstructors[value.name] || Error;
    copy = Object.create(Ctor.prototype);
    seen.set(value, copy);
    const define = (key, v) => Object.defineProperty(copy, key, { value: v, writable: true, configurable: true, enumerable: false });
    if ('message' in value) define('message', `${value.message}`);
    if (typeof value.stack === 'string') define('stack', value.stack);
    if ('cause' in value) define('cause', cloneValue(value.cause, seen));
    return copy;
  } else if (Array.isArray(value)) {
    copy = new Array(value.length);
    seen.set(value, copy);
    for (const key of Object.keys(value)) copy[key] = cloneValue(value[key], seen);
    return copy;
  } else if (tag === '[object Promise]' || tag === '[object WeakMap]' || tag === '[object WeakSet]' || value instanceof WeakRef) {
    throw uncloneable(value);
  } else {
    copy = {};
    seen.set(value, copy);
    for (const key of Object.keys(value)) copy[key] = cloneValue(value[key], seen);
    return copy;
  }
  seen.set(value, copy);
  return copy;
}

// `options.transfer` is not supported: buffers are always copied.
function structuredClone(value) {
  if (arguments.length === 0) {
    // Node words this one (a Web IDL check) without quotes.
    const err = new TypeError('The value argument must be specified');
    err.code = 'ERR_MISSING_ARGS';
    throw err;
  }
  return cloneValue(value, new Map());
}

module.exports = { structuredClone };
