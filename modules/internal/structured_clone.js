'use strict';
// structuredClone: the HTML structured-clone algorithm for the types Node
// supports (circular references kept), with transfer lists of ArrayBuffers
// and MessagePorts; also the marks of worker_threads.markAsUntransferable
// and markAsUncloneable.

const { codes, makeError } = require('internal/errors');
const { DOMException, cloneDOMException } = require('internal/dom_exception');

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

function dataCloneError(message) {
  return new DOMException(message, 'DataCloneError');
}

// Objects that may only travel in a transfer list (MessagePorts) have a
// [kTransfer]() method that moves them and returns what the receiver gets,
// and are [kDetached] once closed or moved.
const kTransfer = Symbol('transfer');
// Platform objects that clone by value (Blob, File) have a [kClone]()
// method that returns the copy.
const kClone = Symbol('clone');
const kDetached = Symbol('detached');
const untransferable = new WeakSet();
const uncloneableMarks = new WeakSet();

// `shapes` (when transferring) holds each view's [byteOffset, length] as
// they were before the transfer detached its buffer.
function cloneValue(value, seen, shapes) {
  if (typeof value === 'symbol' || typeof value === 'function') throw uncloneable(value);
  if (value === null || typeof value !== 'object') return value;
  const known = seen.get(value);
  if (known !== undefined) return known;
  if (typeof value[kTransfer] === 'function') {
    throw dataCloneError('Object that needs transfer was found in message but not listed in transferList');
  }
  if (uncloneableMarks.has(value)) throw dataCloneError('Cannot clone object of unsupported type.');
  if (value instanceof ArrayBuffer && value.detached) throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
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
  } else if (value instanceof SharedArrayBuffer) {
    // The memory is shared, not copied; this thread sees the same object.
    copy = value;
  } else if (ArrayBuffer.isView(value)) {
    let shape = shapes && shapes.get(value);
    if (shape === undefined) {
      shape = [value.byteOffset, value instanceof DataView ? value.byteLength : value.length];
      if (shapes) shapes.set(value, shape);
    }
    const buffer = cloneValue(value.buffer, seen, shapes);
    const Ctor = value.constructor;
    copy = value instanceof DataView ? new DataView(buffer, shape[0], shape[1]) : new Ctor(buffer, shape[0], shape[1]);
  } else if (typeof value[kClone] === 'function') {
    copy = value[kClone]();
  } else if (value instanceof Map) {
    copy = new Map();
    seen.set(value, copy);
    for (const [k, v] of value) copy.set(cloneValue(k, seen, shapes), cloneValue(v, seen, shapes));
    return copy;
  } else if (value instanceof Set) {
    copy = new Set();
    seen.set(value, copy);
    for (const v of value) copy.add(cloneValue(v, seen, shapes));
    return copy;
  } else if ((copy = cloneDOMException(value)) !== undefined) {
    seen.set(value, copy);
    return copy;
  } else if (Error.isError(value)) {
    const Ctor = errorConstructors[value.name] || Error;
    copy = Object.create(Ctor.prototype);
    seen.set(value, copy);
    const define = (key, v) => Object.defineProperty(copy, key, { value: v, writable: true, configurable: true, enumerable: false });
    if ('message' in value) define('message', `${value.message}`);
    if (typeof value.stack === 'string') define('stack', value.stack);
    if ('cause' in value) define('cause', cloneValue(value.cause, seen, shapes));
    return copy;
  } else if (Array.isArray(value)) {
    copy = new Array(value.length);
    seen.set(value, copy);
    for (const key of Object.keys(value)) copy[key] = cloneValue(value[key], seen, shapes);
    return copy;
  } else if (tag === '[object Promise]' || tag === '[object WeakMap]' || tag === '[object WeakSet]' || value instanceof WeakRef) {
    throw uncloneable(value);
  } else {
    copy = {};
    seen.set(value, copy);
    for (const key of Object.keys(value)) copy[key] = cloneValue(value[key], seen, shapes);
    return copy;
  }
  seen.set(value, copy);
  return copy;
}

// Checks a transfer list (an iterable of ArrayBuffers and transferable
// objects, none twice, not `source`) and returns it as an array.
function transferArray(list, source) {
  const items = [...list];
  const seen = new Set();
  for (const item of items) {
    const isBuffer = item instanceof ArrayBuffer;
    if (!isBuffer && (item === null || typeof item !== 'object' || typeof item[kTransfer] !== 'function')) {
      throw dataCloneError('Found invalid value in transferList.');
    }
    if (item === source) throw dataCloneError('Transfer list contains source port');
    if (!isBuffer && item[kDetached]) throw dataCloneError('MessagePort in transfer list is already detached');
    if (seen.has(item)) throw dataCloneError(`Transfer list contains duplicate ${isBuffer ? 'ArrayBuffer' : 'MessagePort'}`);
    if (untransferable.has(item) || (isBuffer && item.detached)) throw dataCloneError('Cannot transfer object of unsupported type.');
    seen.add(item);
  }
  return items;
}

/**
 * Clones `value`, moving the objects of `transfer` (an array from
 * transferArray) instead of copying them: an ArrayBuffer is detached and its
 * bytes go to the clone. Returns the clone and what each transferred object
 * became; nothing moves when the value cannot be cloned.
 */
function cloneWithTransfer(value, transfer) {
  if (transfer.length === 0) return { value: cloneValue(value, new Map()), moved: [] };
  const trial = new Map();
  for (const item of transfer) trial.set(item, item);
  const shapes = new Map();
  cloneValue(value, trial, shapes);
  const seen = new Map();
  const moved = transfer.map((item) => {
    const replacement = item instanceof ArrayBuffer ? item.transfer() : item[kTransfer]();
    seen.set(item, replacement);
    return replacement;
  });
  return { value: cloneValue(value, seen, shapes), moved };
}

function structuredClone(value, options = undefined) {
  // Node 26 passes its whole sentence as the argument's name.
  if (arguments.length === 0) throw codes.ERR_MISSING_ARGS('The value argument must be specified');
  if (options === undefined || options === null) return cloneValue(value, new Map());
  // Web IDL conversions, worded as Node's.
  const fail = (message) => makeError(TypeError, 'ERR_INVALID_ARG_TYPE', `Failed to execute 'structuredClone': ${message}`);
  if (typeof options !== 'object') throw fail('Options cannot be converted to a dictionary');
  const { transfer } = options;
  if (transfer === undefined) return cloneValue(value, new Map());
  if (transfer === null || typeof transfer !== 'object' || typeof transfer[Symbol.iterator] !== 'function') {
    throw fail('transfer in Options cannot be converted to sequence.');
  }
  const items = [...transfer];
  items.forEach((item, i) => {
    if (item === null || typeof item !== 'object') {
      throw fail(`transfer in Options[${i}] is not an object.`);
    }
  });
  return cloneWithTransfer(value, transferArray(items, undefined)).value;
}

function isObject(value) {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

// ArrayBuffer.prototype.transfer and transferToFixedLength refuse marked
// buffers, as V8 refuses Node's non-detachable ones; patched on first mark.
let transferGuarded = false;
function guardTransfer() {
  transferGuarded = true;
  for (const name of ['transfer', 'transferToFixedLength']) {
    const original = ArrayBuffer.prototype[name];
    if (typeof original !== 'function') continue;
    const guarded = {
      [name](...args) {
        if (untransferable.has(this)) throw new TypeError('ArrayBuffer is not detachable and could not be cloned.');
        return original.apply(this, args);
      },
    }[name];
    Object.defineProperty(ArrayBuffer.prototype, name, { value: guarded, writable: true, configurable: true });
  }
}

/** worker_threads.markAsUntransferable: the object may no longer be transferred. */
function markAsUntransferable(object) {
  if (!isObject(object)) return;
  untransferable.add(object);
  if (object instanceof ArrayBuffer && !transferGuarded) guardTransfer();
}

/** Whether markAsUntransferable marked `object`. */
function isMarkedAsUntransferable(object) {
  return isObject(object) && untransferable.has(object);
}

/** worker_threads.markAsUncloneable: cloning the object throws. */
function markAsUncloneable(object) {
  if (isObject(object)) uncloneableMarks.add(object);
}

module.exports = {
  structuredClone, cloneWithTransfer, transferArray, kTransfer, kDetached, kClone, markAsUntransferable,
  isMarkedAsUntransferable, markAsUncloneable,
};
