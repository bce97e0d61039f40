'use strict';
// node:buffer — Buffer as a Uint8Array subclass, as in Node. Encoding,
// decoding, searching and comparing run natively (binding.buffer) on the
// bytes in place; everything else is typed-array work the engine does.
// Small buffers are cut from a shared pool (Buffer.poolSize bytes), so
// their byteOffset is often not 0, as in Node.

const { codes, validateNumber, validateInteger, validateString } = require('internal/errors');
const { normalizeEncoding, lookupEncoding, encodingOrThrow, decodeBytes } = require('internal/buffer_encoding');
const types = require('internal/types');
const { Blob, File } = require('internal/blob');
const { atob, btoa } = require('internal/base64');
const { markAsUntransferable } = require('internal/structured_clone');

const native = binding.buffer;
const kMaxLength = Number.MAX_SAFE_INTEGER;
const kStringMaxLength = 536870888;
let INSPECT_MAX_BYTES = 50;
const customInspect = Symbol.for('nodejs.util.inspect.custom');

class FastBuffer extends Uint8Array {}

const { isUint8Array, isAnyArrayBuffer, isTypedArray } = types;

/** Offsets and lengths: integers from 0 to kMaxLength (or `max`). */
const validateOffset = (value, name, min = 0, max = kMaxLength) => validateInteger(value, name, min, max);

/**
 * A new zeroed Buffer of `size` bytes of its own. An allocation the
 * engine cannot make fails as V8's does ("Array buffer allocation failed").
 */
function createBuffer(size) {
  try {
    // Larger than the pool: host memory, which ops read without a copy
    // (not under --max-heap, which counts only the engine's heap).
    if (size >= Buffer.poolSize && native.alloc !== undefined) return new FastBuffer(native.alloc(size));
    return new FastBuffer(size);
  } catch (err) {
    if (err instanceof RangeError) throw new RangeError('Array buffer allocation failed');
    throw err;
  }
}

// ---- the pool ----

let poolSize;
let poolOffset;
let allocPool;
let poolView;

function createPool() {
  poolSize = Buffer.poolSize;
  allocPool = createBuffer(poolSize).buffer;
  // Buffers share the pool: it may not be transferred away, as in Node.
  markAsUntransferable(allocPool);
  poolView = new Uint8Array(allocPool);
  poolOffset = 0;
}

/** Claims `size` bytes of the pool (room for them must be checked first). */
function claimPool(size) {
  const buffer = new FastBuffer(allocPool, poolOffset, size);
  // Slices start 8-byte aligned.
  poolOffset = (poolOffset + size + 7) & ~7;
  return buffer;
}

/** Whether `size` bytes are small enough to come from the pool (it is made ready for them). */
function fitsPool(size) {
  if (size >= Buffer.poolSize >>> 1) return false;
  if (size > poolSize - poolOffset) createPool();
  return true;
}

/** `size` bytes, from the pool when small. */
function allocate(size) {
  if (size <= 0) return new FastBuffer();
  return fitsPool(size) ? claimPool(size) : createBuffer(size);
}

// ---- making Buffers ----

/** How many bytes `string` can take at most in `encoding`. */
function maxByteLength(string, encoding) {
  switch (encoding) {
    case 'utf8': return string.length * 3;
    case 'utf16le': return string.length * 2;
    case 'hex': return string.length >>> 1;
    case 'base64': case 'base64url': return ((string.length + 3) >>> 2) * 3;
    default: return string.length;
  }
}

function fromString(string, encoding) {
  const canonical = !encoding || encoding === 'utf8' || typeof encoding !== 'string' ? 'utf8' : encodingOrThrow(encoding);
  if (string.length === 0) return new FastBuffer();
  const max = maxByteLength(string, canonical);
  if (!fitsPool(max)) return new FastBuffer(native.encode(string, canonical));
  return claimPool(native.write(poolView, string, canonical, poolOffset, max));
}

function fromArrayBuffer(buffer, byteOffset, length) {
  const offset = byteOffset === undefined ? 0 : +byteOffset || 0;
  const available = buffer.byteLength - offset;
  if (available < 0) throw codes.ERR_BUFFER_OUT_OF_BOUNDS('offset');
  let size = available;
  if (length !== undefined) {
    size = +length;
    if (size > 0) {
      if (size > available) throw codes.ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      size = 0;
    }
  }
  return new FastBuffer(buffer, offset, size);
}

function fromArrayLike(items) {
  const { length } = items;
  if (length <= 0) return new FastBuffer();
  if (!fitsPool(length)) return new FastBuffer(items);
  const buffer = claimPool(length);
  buffer.set(items);
  return buffer;
}

function fromObject(value) {
  if (value.length !== undefined || isAnyArrayBuffer(value.buffer)) {
    if (typeof value.length !== 'number') return new FastBuffer(0);
    return fromArrayLike(value);
  }
  if (value.type === 'Buffer' && Array.isArray(value.data)) return fromArrayLike(value.data);
  return undefined;
}

function invalidFirstArgument(value) {
  return codes.ERR_INVALID_ARG_TYPE('first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
}

function validateSize(size) {
  validateNumber(size, 'size', 0, kMaxLength);
}

/** Buffer(arg, encodingOrOffset, length): the deprecated constructor. */
function Buffer(arg, encodingOrOffset, length) {
  warnDeprecatedConstructor();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw codes.ERR_INVALID_ARG_TYPE('string', 'string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}
let warnedConstructor = false;
let nodeModulesChecks = 0;
// DEP0005, as Node gives it: once, and not for code in node_modules (its
// authors are not the ones running it) unless --pending-deprecation is on.
// After 10000 checks it stops looking.
function warnDeprecatedConstructor() {
  if (warnedConstructor || ++nodeModulesChecks > 10000) return;
  const pending = process.execArgv.includes('--pending-deprecation') || require('internal/runtime_env').runtimeEnv('NODE_PENDING_DEPRECATION') === '1';
  if (!pending && require('internal/call_sites').isInsideNodeModules()) return;
  warnedConstructor = true;
  process.emitWarning('Buffer() is deprecated due to security and usability issues. Please use the ' +
    'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.', 'DeprecationWarning', 'DEP0005');
}

Object.defineProperty(Buffer, Symbol.species, { get() { return FastBuffer; }, configurable: true });
Buffer.prototype = FastBuffer.prototype;
Object.defineProperty(FastBuffer.prototype, 'constructor', { value: Buffer, writable: true, configurable: true });
Object.setPrototypeOf(Buffer, Uint8Array);

Buffer.poolSize = 64 * 1024;
createPool();

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const primitive = value.valueOf && value.valueOf();
    if (primitive != null && primitive !== value && (typeof primitive === 'string' || typeof primitive === 'object')) {
      return Buffer.from(primitive, encodingOrOffset, length);
    }
    const buffer = fromObject(value);
    if (buffer !== undefined) return buffer;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const text = value[Symbol.toPrimitive]('string');
      if (typeof text === 'string') return fromString(text, encodingOrOffset);
    }
  }
  throw invalidFirstArgument(value);
};

/** A copy of the bytes of `view`'s elements `offset` to `offset + length`. */
Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw codes.ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const count = view.length;
  let start = 0;
  let end = count;
  if (offset !== undefined) {
    validateInteger(offset, 'offset', 0);
    start = Math.min(offset, count);
  }
  if (length !== undefined) {
    validateInteger(length, 'length', 0);
    end = Math.min(start + length, count);
  }
  if (end <= start) return new FastBuffer();
  const size = view.byteLength / count;
  return fromArrayLike(new Uint8Array(view.buffer, view.byteOffset + start * size, (end - start) * size));
};

// An arrow function, as in Node: Buffer.of is no constructor.
Buffer.of = (...items) => {
  const buffer = new FastBuffer(items.length);
  for (let i = 0; i < items.length; i++) buffer[i] = items[i];
  return buffer;
};

Buffer.alloc = function alloc(size, fill, encoding) {
  validateSize(size);
  const buffer = createBuffer(size);
  if (fill !== undefined && fill !== 0 && size > 0) fillBuffer(buffer, fill, 0, buffer.length, encoding);
  return buffer;
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateSize(size);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateSize(size);
  return createBuffer(size);
};

Buffer.isBuffer = function isBuffer(value) {
  return value instanceof Buffer;
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 && normalizeEncoding(encoding) !== undefined;
};

Buffer.compare = function compare(a, b) {
  if (!isUint8Array(a)) throw codes.ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], a);
  if (!isUint8Array(b)) throw codes.ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], b);
  return a === b ? 0 : native.compare(a, b);
};

Buffer.concat = function concat(list, totalLength) {
  if (!Array.isArray(list)) throw codes.ERR_INVALID_ARG_TYPE('list', 'Array', list);
  if (list.length === 0) return new FastBuffer();
  for (let i = 0; i < list.length; i++) {
    if (!isUint8Array(list[i])) throw codes.ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
  }
  if (totalLength === undefined) totalLength = list.reduce((sum, item) => sum + item.byteLength, 0);
  else validateOffset(totalLength, 'length');
  const buffer = allocate(totalLength);
  let position = 0;
  for (const item of list) {
    if (position === totalLength) break;
    const part = item.byteLength > totalLength - position ? item.subarray(0, totalLength - position) : item;
    buffer.set(part, position);
    position += part.byteLength;
  }
  // Pool memory may have been used: what no item covered is zeroed.
  if (position < totalLength) buffer.fill(0, position);
  return buffer;
};

function base64ByteLength(string) {
  let bytes = string.length;
  if (bytes > 0 && string.charCodeAt(bytes - 1) === 0x3d) bytes--;
  if (bytes > 1 && string.charCodeAt(bytes - 1) === 0x3d) bytes--;
  return (bytes * 3) >>> 2;
}

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw codes.ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  if (string.length === 0) return 0;
  // An unknown encoding counts as UTF-8, as in Node.
  switch (encoding ? lookupEncoding(encoding) : 'utf8') {
    case 'utf16le': return string.length * 2;
    case 'latin1': case 'ascii': return string.length;
    case 'hex': return string.length >>> 1;
    case 'base64': case 'base64url': return base64ByteLength(string);
    default: return native.utf8Length(string);
  }
}
Buffer.byteLength = byteLength;

/** How long a string the bytes of `input` decode to in `encoding`. */
Buffer.stringLength = function stringLength(input, encoding = 'utf8') {
  if (!isTypedArray(input) && !isAnyArrayBuffer(input)) {
    throw codes.ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
  }
  validateString(encoding, 'encoding');
  const canonical = encodingOrThrow(encoding);
  const length = input.byteLength;
  switch (canonical) {
    case 'utf8': return length === 0 ? 0 : decodeBytes(asBytes(input), 'utf8', 0, length).length;
    case 'utf16le': return Math.floor(length / 2);
    case 'hex': return length * 2;
    case 'base64': return Math.ceil(length / 3) * 4;
    case 'base64url': return Math.ceil((length * 4) / 3);
    default: return length;
  }
};

/** The bytes of an ArrayBuffer or view, as a Uint8Array over them. */
function asBytes(input) {
  return ArrayBuffer.isView(input) ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength) : new Uint8Array(input);
}

const proto = FastBuffer.prototype;

function define(methods) {
  for (const [name, value] of Object.entries(methods)) {
    Object.defineProperty(proto, name, { value, writable: true, configurable: true, enumerable: true });
  }
}

// ---- strings in and out ----

define({
  toString(encoding, start, end) {
    if (arguments.length === 0) return decodeBytes(this, 'utf8', 0, this.length);
    const length = this.length;
    if (start <= 0) start = 0;
    else if (start >= length) return '';
    else start = Math.trunc(start) || 0;
    if (end === undefined || end > length) end = length;
    else end = Math.trunc(end) || 0;
    if (end <= start) return '';
    return decodeBytes(this, encoding === undefined ? 'utf8' : encodingOrThrow(encoding), start, end);
  },

  write(string, offset, length, encoding) {
    if (offset === undefined) {
      // write(string): all of it that fits, as UTF-8.
      offset = 0;
      length = this.length;
      encoding = undefined;
    } else if (length === undefined && typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      length = this.length;
    } else {
      validateOffset(offset, 'offset', 0, this.length);
      const remaining = this.length - offset;
      if (length === undefined) {
        length = remaining;
      } else if (typeof length === 'string') {
        encoding = length;
        length = remaining;
      } else {
        validateOffset(length, 'length', 0, this.length);
        if (length > remaining) length = remaining;
      }
    }
    const canonical = !encoding ? 'utf8' : encodingOrThrow(encoding);
    if (typeof string !== 'string') throw codes.ERR_INVALID_ARG_TYPE('argument must be a string');
    return native.write(this, string, canonical, offset, length);
  },

  toJSON() {
    return { type: 'Buffer', data: Array.from(this) };
  },
});
proto.toLocaleString = proto.toString;

/** Node's native index arguments: undefined is `fallback`, others truncated; negative ones throw. */
function arrayIndex(value, fallback, outOfRange) {
  if (value === undefined) return fallback;
  const index = Math.trunc(+value) || 0;
  if (index < 0) throw outOfRange();
  return index;
}

const indexOutOfRange = () => codes.ERR_OUT_OF_RANGE('Index out of range');

// The legacy per-encoding methods (latin1Slice, hexWrite, ...), which
// check their indexes as Node's native ones do.
for (const [name, encoding] of [['utf8', 'utf8'], ['ucs2', 'utf16le'], ['latin1', 'latin1'], ['ascii', 'ascii'],
  ['base64', 'base64'], ['base64url', 'base64url'], ['hex', 'hex']]) {
  define({
    [`${name}Slice`](start, end) {
      start = arrayIndex(start, 0, indexOutOfRange);
      end = arrayIndex(end, this.length, indexOutOfRange);
      if (end > this.length) throw indexOutOfRange();
      return end <= start ? '' : decodeBytes(this, encoding, start, end);
    },
    [`${name}Write`](string, offset, length) {
      if (typeof string !== 'string') throw codes.ERR_INVALID_ARG_TYPE('argument must be a string');
      offset = arrayIndex(offset, 0, () => codes.ERR_BUFFER_OUT_OF_BOUNDS('offset'));
      if (offset > this.length) throw codes.ERR_BUFFER_OUT_OF_BOUNDS('offset');
      length = arrayIndex(length, this.length - offset, () => codes.ERR_BUFFER_OUT_OF_BOUNDS('length'));
      if (length > this.length - offset) throw codes.ERR_BUFFER_OUT_OF_BOUNDS('length');
      return native.write(this, string, encoding, offset, length);
    },
  });
}

// ---- bytes ----

/**
 * The bytes fill() repeats for a string or a view `value`; throws
 * ERR_INVALID_ARG_VALUE when there are none.
 */
function fillPattern(value, encoding) {
  const bytes = typeof value === 'string' ? new Uint8Array(native.encode(value, encoding)) : asBytes(value);
  if (bytes.length === 0) throw codes.ERR_INVALID_ARG_VALUE('value', value);
  return bytes;
}

/** buf.fill and Buffer.alloc's fill, as Node's _fill. */
function fillBuffer(buffer, value, offset, end, encoding) {
  let canonical;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buffer.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buffer.length;
    }
    canonical = normalizeEncoding(encoding);
    if (canonical === undefined) {
      validateString(encoding, 'encoding');
      throw codes.ERR_UNKNOWN_ENCODING(encoding);
    }
    // '' fills zeros; one character that is one byte fills that byte.
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      const code = value.charCodeAt(0);
      if (canonical === 'latin1' || ((canonical === 'utf8' || canonical === 'ascii') && code < 128)) value = code;
    }
  }
  if (offset === undefined) {
    offset = 0;
    end = buffer.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buffer.length;
    else validateOffset(end, 'end', 0, buffer.length);
    if (offset >= end) return buffer;
  }
  if (typeof value === 'number') return Uint8Array.prototype.fill.call(buffer, value, offset, end);
  if (typeof value !== 'string' && !ArrayBuffer.isView(value)) {
    // Anything else fills the low byte of its number value.
    return Uint8Array.prototype.fill.call(buffer, Number(value) & 255, offset, end);
  }
  const pattern = fillPattern(value, canonical);
  const count = end - offset;
  buffer.set(pattern.length > count ? pattern.subarray(0, count) : pattern, offset);
  // Double what is filled until the range is full.
  for (let filled = pattern.length; filled < count; filled *= 2) {
    buffer.copyWithin(offset + filled, offset, offset + Math.min(filled, count - filled));
  }
  return buffer;
}

/** Node's index conversion for copy(): undefined is `fallback`, others rounded down. */
function copyIndex(value, fallback) {
  if (value === undefined) return fallback;
  if (Number.isInteger(value)) return value;
  const number = +value;
  return Number.isNaN(number) || Math.abs(number) > Number.MAX_SAFE_INTEGER ? 0 : Math.floor(number);
}

/** The legacy offset of a subarray bound, as Node's adjustOffset. */
function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) return Math.max(offset + length, 0);
  return Math.min(offset, length);
}

define({
  fill(value, offset, end, encoding) {
    return fillBuffer(this, value, offset, end, encoding);
  },

  slice(start, end) {
    return this.subarray(start, end);
  },

  subarray(start, end) {
    const length = this.length;
    start = adjustOffset(start, length);
    end = end === undefined ? length : adjustOffset(end, length);
    return new FastBuffer(this.buffer, this.byteOffset + start, Math.max(end - start, 0));
  },

  copy(target, targetStart, sourceStart, sourceEnd) {
    if (!ArrayBuffer.isView(this)) throw codes.ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], this);
    if (!ArrayBuffer.isView(target)) throw codes.ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
    const sourceLength = this.byteLength;
    targetStart = copyIndex(targetStart, 0);
    if (targetStart < 0) throw codes.ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
    sourceStart = copyIndex(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > sourceLength) {
      throw codes.ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${sourceLength}`, sourceStart);
    }
    sourceEnd = copyIndex(sourceEnd, sourceLength);
    if (sourceEnd < 0) throw codes.ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
    if (targetStart >= target.byteLength || sourceStart >= sourceEnd) return 0;
    const count = Math.min(sourceEnd, sourceLength) - sourceStart;
    const copied = Math.min(count, target.byteLength - targetStart);
    if (copied <= 0) return 0;
    asBytes(target).set(asBytes(this).subarray(sourceStart, sourceStart + copied), targetStart);
    return copied;
  },

  equals(other) {
    if (!isUint8Array(other)) throw codes.ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], other);
    if (this === other) return true;
    return this.byteLength === other.byteLength && (this.byteLength === 0 || native.compare(this, other) === 0);
  },

  compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
    if (!isUint8Array(target)) throw codes.ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
    if (arguments.length === 1) return native.compare(this, target);
    if (targetStart === undefined) targetStart = 0;
    else validateOffset(targetStart, 'targetStart');
    if (targetEnd === undefined) targetEnd = target.length;
    else validateOffset(targetEnd, 'targetEnd', 0, target.length);
    if (sourceStart === undefined) sourceStart = 0;
    else validateOffset(sourceStart, 'sourceStart');
    if (sourceEnd === undefined) sourceEnd = this.length;
    else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
    if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
    if (targetStart >= targetEnd) return 1;
    return native.compare(Uint8Array.prototype.subarray.call(this, sourceStart, sourceEnd),
      Uint8Array.prototype.subarray.call(target, targetStart, targetEnd));
  },

  indexOf(value, byteOffset, end, encoding) {
    return search(this, value, byteOffset, end, encoding, false);
  },

  lastIndexOf(value, byteOffset, end, encoding) {
    return search(this, value, byteOffset, end, encoding, true);
  },

  includes(value, byteOffset, end, encoding) {
    return search(this, value, byteOffset, end, encoding, false) !== -1;
  },
});

/**
 * Where a search starts, as Node's IndexOfOffset: a negative offset counts
 * from the end; -1 when nothing can match.
 */
function searchStart(length, offset, needleLength, last) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    return !last || needleLength === 0 ? 0 : -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  return last ? length - 1 : -1;
}

/**
 * indexOf/lastIndexOf/includes: `value` (a number, a string in
 * `encoding`, or bytes) in the first `end` bytes of `buffer`, searching
 * forward from `byteOffset` (backward with `last`). UTF-16 searches match
 * at even positions only.
 */
function search(buffer, value, byteOffset, end, encoding, last) {
  if (typeof end === 'string') {
    encoding = end;
    end = undefined;
  }
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  }
  let offset = Math.min(Math.max(+byteOffset, -0x80000000), 0x7fffffff);
  if (Number.isNaN(offset)) offset = last ? buffer.length : 0;
  offset = Math.trunc(offset);

  let needle;
  let unit = 1;
  if (typeof value === 'number') {
    needle = new Uint8Array([value >>> 0 & 255]);
  } else if (typeof value === 'string') {
    const canonical = encoding === undefined ? 'utf8' : encodingOrThrow(encoding);
    needle = new Uint8Array(native.encode(value, canonical));
    if (canonical === 'utf16le') unit = 2;
  } else if (isUint8Array(value)) {
    needle = value;
    if (encoding !== undefined && lookupEncoding(encoding) === 'utf16le') unit = 2;
  } else {
    throw codes.ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], value);
  }

  // The offset counts in the whole buffer; the search stops at `end`.
  // Searching for a UTF-16 string sees whole code units only.
  const whole = (length) => (unit === 2 && typeof value === 'string' ? length - (length % 2) : length);
  const bound = end === undefined ? buffer.length : Math.min(Math.max(Number.isFinite(+end) ? Math.trunc(+end) : 0, 0), buffer.length);
  const length = whole(bound);
  const start = searchStart(whole(buffer.length), offset, needle.length, last);
  if (needle.length === 0) return Math.min(start, length);
  if (length === 0 || start < 0 || needle.length > length || (!last && start + needle.length > length)) return -1;
  if (unit === 2 && (length < 2 || needle.length < 2)) return -1;
  const haystack = length === buffer.length ? buffer : Uint8Array.prototype.subarray.call(buffer, 0, length);
  // Node starts a forward UTF-16 search for bytes at the code unit holding
  // `start`, and one for a string at the next whole unit.
  const from = unit === 2 && !last && typeof value !== 'string' ? start - (start % 2) : start;
  return native.indexOf(haystack, needle, from, last, unit);
}

function swapper(size) {
  return function swap() {
    if (this.length % size !== 0) throw codes.ERR_INVALID_BUFFER_SIZE(`${size * 8}-bits`);
    for (let i = 0; i < this.length; i += size) {
      for (let a = i, b = i + size - 1; a < b; a++, b--) {
        const t = this[a];
        this[a] = this[b];
        this[b] = t;
      }
    }
    return this;
  };
}
define({ swap16: swapper(2), swap32: swapper(4), swap64: swapper(8) });

// ---- numbers ----

function boundsError(value, length, name) {
  if (Math.floor(value) !== value) {
    validateNumber(value, name || 'offset');
    throw codes.ERR_OUT_OF_RANGE(name || 'offset', 'an integer', value);
  }
  if (length < 0) throw codes.ERR_BUFFER_OUT_OF_BOUNDS();
  throw codes.ERR_OUT_OF_RANGE(name || 'offset', `>= ${name ? 1 : 0} and <= ${length}`, value);
}

/** `offset` checked for reading or writing `size` bytes there. */
function checkOffset(buffer, offset, size) {
  validateNumber(offset, 'offset');
  if (!(offset >= 0 && offset + size <= buffer.length) || Math.floor(offset) !== offset) {
    boundsError(offset, buffer.length - size);
  }
  return offset;
}

/** The byteLength of readUIntLE and friends: an integer from 1 to 6. */
function checkByteLength(byteLength) {
  if (!(byteLength >= 1 && byteLength <= 6) || Math.floor(byteLength) !== byteLength) {
    boundsError(byteLength, 6, 'byteLength');
  }
}

function readUnsigned(buffer, offset, size, littleEndian) {
  let value = 0;
  for (let i = 0; i < size; i++) {
    value = value * 256 + buffer[offset + (littleEndian ? size - 1 - i : i)];
  }
  return value;
}

function readSigned(buffer, offset, size, littleEndian) {
  const value = readUnsigned(buffer, offset, size, littleEndian);
  const limit = 2 ** (size * 8 - 1);
  return value >= limit ? value - limit * 2 : value;
}

function outOfRangeValue(value, min, max, size) {
  let range;
  if (size > 4) {
    range = min === 0 ? `>= 0 and < 2 ** ${size * 8}` : `>= -(2 ** ${size * 8 - 1}) and < 2 ** ${size * 8 - 1}`;
  } else {
    range = `>= ${min} and <= ${max}`;
  }
  return codes.ERR_OUT_OF_RANGE('value', range, value);
}

/**
 * Writes the integer `value` in `size` bytes at `offset`, checking both as
 * Node does (the offset first for one byte, the value first otherwise).
 */
function writeNumber(buffer, value, offset, size, littleEndian, signed) {
  value = +value;
  const min = signed ? -(2 ** (size * 8 - 1)) : 0;
  const max = signed ? 2 ** (size * 8 - 1) - 1 : 2 ** (size * 8) - 1;
  if (size === 1) validateNumber(offset, 'offset');
  if (value > max || value < min) throw outOfRangeValue(value, min, max, size);
  checkOffset(buffer, offset, size);
  let rest = value < 0 ? value + 2 ** (size * 8) : value;
  rest = Math.trunc(rest) || 0;
  for (let i = 0; i < size; i++) {
    buffer[offset + (littleEndian ? i : size - 1 - i)] = rest % 256;
    rest = Math.floor(rest / 256);
  }
  return offset + size;
}

const integerMethods = {};
for (const [bits, size] of [[8, 1], [16, 2], [32, 4]]) {
  for (const littleEndian of size === 1 ? [true] : [true, false]) {
    const suffix = size === 1 ? '' : (littleEndian ? 'LE' : 'BE');
    integerMethods[`readUInt${bits}${suffix}`] = function (offset = 0) {
      return readUnsigned(this, checkOffset(this, offset, size), size, littleEndian);
    };
    integerMethods[`readInt${bits}${suffix}`] = function (offset = 0) {
      return readSigned(this, checkOffset(this, offset, size), size, littleEndian);
    };
    integerMethods[`writeUInt${bits}${suffix}`] = function (value, offset = 0) {
      return writeNumber(this, value, offset, size, littleEndian, false);
    };
    integerMethods[`writeInt${bits}${suffix}`] = function (value, offset = 0) {
      return writeNumber(this, value, offset, size, littleEndian, true);
    };
  }
}
for (const littleEndian of [true, false]) {
  const suffix = littleEndian ? 'LE' : 'BE';
  // The variable-length forms have no default offset.
  integerMethods[`readUInt${suffix}`] = function (offset, byteLength) {
    if (offset === undefined) throw codes.ERR_INVALID_ARG_TYPE('offset', 'number', offset);
    checkByteLength(byteLength);
    return readUnsigned(this, checkOffset(this, offset, byteLength), byteLength, littleEndian);
  };
  integerMethods[`readInt${suffix}`] = function (offset, byteLength) {
    if (offset === undefined) throw codes.ERR_INVALID_ARG_TYPE('offset', 'number', offset);
    checkByteLength(byteLength);
    return readSigned(this, checkOffset(this, offset, byteLength), byteLength, littleEndian);
  };
  integerMethods[`writeUInt${suffix}`] = function (value, offset, byteLength) {
    checkByteLength(byteLength);
    return writeNumber(this, value, offset, byteLength, littleEndian, false);
  };
  integerMethods[`writeInt${suffix}`] = function (value, offset, byteLength) {
    checkByteLength(byteLength);
    return writeNumber(this, value, offset, byteLength, littleEndian, true);
  };
  integerMethods[`readBigUInt64${suffix}`] = function (offset = 0) {
    offset = checkOffset(this, offset, 8);
    return BigInt.asUintN(64, BigInt(readUnsigned(this, offset + (littleEndian ? 4 : 0), 4, littleEndian)) << 32n |
      BigInt(readUnsigned(this, offset + (littleEndian ? 0 : 4), 4, littleEndian)));
  };
  const readBigUInt64 = integerMethods[`readBigUInt64${suffix}`];
  integerMethods[`readBigInt64${suffix}`] = function (offset = 0) {
    return BigInt.asIntN(64, readBigUInt64.call(this, offset));
  };
  for (const signed of [false, true]) {
    integerMethods[`writeBig${signed ? '' : 'U'}Int64${suffix}`] = function (value, offset = 0) {
      if (typeof value !== 'bigint') throw codes.ERR_INVALID_ARG_TYPE('value', 'bigint', value);
      const [min, max] = signed ? [-(2n ** 63n), 2n ** 63n] : [0n, 2n ** 64n];
      if (value < min || value >= max) {
        const range = signed ? '>= -(2n ** 63n) and < 2n ** 63n' : '>= 0n and < 2n ** 64n';
        throw codes.ERR_OUT_OF_RANGE('value', range, value);
      }
      offset = checkOffset(this, offset, 8);
      const bits = BigInt.asUintN(64, value);
      const high = Number(bits >> 32n);
      const low = Number(bits & 0xffffffffn);
      writeNumber(this, littleEndian ? low : high, offset, 4, littleEndian, false);
      writeNumber(this, littleEndian ? high : low, offset + 4, 4, littleEndian, false);
      return offset + 8;
    };
  }
}
for (const [name, Type] of [['Float', Float32Array], ['Double', Float64Array]]) {
  const scratch = new Type(1);
  const bytes = new Uint8Array(scratch.buffer);
  const size = bytes.length;
  for (const littleEndian of [true, false]) {
    const suffix = littleEndian ? 'LE' : 'BE';
    integerMethods[`read${name}${suffix}`] = function (offset = 0) {
      offset = checkOffset(this, offset, size);
      for (let i = 0; i < size; i++) bytes[i] = this[offset + (littleEndian ? i : size - 1 - i)];
      return scratch[0];
    };
    integerMethods[`write${name}${suffix}`] = function (value, offset = 0) {
      offset = checkOffset(this, offset, size);
      scratch[0] = +value;
      for (let i = 0; i < size; i++) this[offset + (littleEndian ? i : size - 1 - i)] = bytes[i];
      return offset + size;
    };
  }
}
define(integerMethods);
// The lower-case aliases Node keeps (readUint8, writeBigUint64LE, ...).
for (const name of Object.keys(integerMethods)) {
  if (name.includes('UInt')) define({ [name.replace('UInt', 'Uint')]: integerMethods[name] });
}

// ---- inspection ----

Object.defineProperty(proto, customInspect, {
  value: function inspect(recurseTimes, ctx) {
    const shown = Math.min(INSPECT_MAX_BYTES, this.length);
    const remaining = this.length - INSPECT_MAX_BYTES;
    let text = native.decode(this, 'hex', 0, shown).replace(/(.{2})/g, '$1 ').trim();
    if (remaining > 0) text += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
    // Other own properties show after the bytes (hidden ones with showHidden).
    if (ctx) {
      const keys = ctx.showHidden ? Reflect.ownKeys(this) : Object.keys(this);
      const extras = { __proto__: null };
      let any = false;
      for (const key of keys) {
        if (typeof key === 'string' && String(Number(key)) === key) continue;
        extras[key] = this[key];
        any = true;
      }
      if (any) {
        if (this.length !== 0) text += ', ';
        // '[Object: null prototype] {' is 26 characters long.
        text += require('util').inspect(extras, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
      }
    }
    let name = 'Buffer';
    try {
      const { constructor } = this;
      if (typeof constructor === 'function' && Object.prototype.hasOwnProperty.call(constructor, 'name')) {
        name = constructor.name;
      }
    } catch {
      // A throwing constructor getter leaves the default name.
    }
    return `<${name} ${text}>`;
  },
  writable: true,
  configurable: true,
});
Object.defineProperty(proto, 'inspect', { value: proto[customInspect], writable: true, configurable: true });
// The legacy names of .buffer and .byteOffset (undefined on non-Buffers).
for (const [name, get] of [
  ['parent', function parent() { return this instanceof Buffer ? this.buffer : undefined; }],
  ['offset', function offset() { return this instanceof Buffer ? this.byteOffset : undefined; }],
]) {
  Object.defineProperty(proto, name, { get, enumerable: true, configurable: true });
}

/** Throws unless `input` is a typed array or an ArrayBuffer. */
function validateBytesInput(input) {
  if (!isTypedArray(input) && !isAnyArrayBuffer(input)) {
    throw codes.ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
  }
}

/** Whether the bytes of `input` are valid UTF-8. */
function isUtf8(input) {
  validateBytesInput(input);
  return binding.decodeUtf8(input, true) !== undefined;
}

/** Whether the bytes of `input` are all ASCII. */
function isAscii(input) {
  validateBytesInput(input);
  return asBytes(input).every((b) => b < 0x80);
}

/** Whether every UTF-16 code unit of the string `input` fits in Latin-1. */
function isLatin1(input) {
  validateString(input, 'input');
  return /^[\0-\xff]*$/.test(input);
}

/** `source` re-encoded from `fromEncoding` to `toEncoding` (utf8, utf16le, latin1, ascii). */
function transcode(source, fromEncoding, toEncoding) {
  const bytes = require('internal/buffer_transcode').transcodeBytes(source, fromEncoding, toEncoding);
  return bytes === null ? new FastBuffer() : new FastBuffer(bytes);
}

module.exports = {
  Buffer,
  transcode,
  isUtf8,
  isAscii,
  isLatin1,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  Blob,
  File,
  resolveObjectURL: function resolveObjectURL(url) {
    return require('internal/blob').resolveObjectURL(url);
  },
};
Object.defineProperties(module.exports, {
  constants: {
    value: Object.defineProperties({}, {
      MAX_LENGTH: { value: kMaxLength, enumerable: true },
      MAX_STRING_LENGTH: { value: kStringMaxLength, enumerable: true },
    }),
    enumerable: true,
  },
  INSPECT_MAX_BYTES: {
    get() { return INSPECT_MAX_BYTES; },
    set(value) {
      validateNumber(value, 'INSPECT_MAX_BYTES', 0);
      INSPECT_MAX_BYTES = value;
    },
    enumerable: true,
    configurable: true,
  },
  // For node:fs (not Node's API): the canonical encoding name, or undefined.
  normalizeEncoding: { value: normalizeEncoding },
});
