'use strict';
// node:buffer — Buffer as a Uint8Array subclass, as in Node. Encoding,
// decoding, searching and comparing run natively (binding.buffer) on the
// bytes in place; everything else is typed-array work the engine does.

const { codes, validateNumber, validateInteger } = require('internal/errors');
const { Blob, File } = require('internal/blob');
const { atob, btoa } = require('internal/base64');

const native = binding.buffer;
const kMaxLength = 2 ** 32;
const kStringMaxLength = 536870888;
const INSPECT_MAX_BYTES = 50;
const customInspect = Symbol.for('nodejs.util.inspect.custom');

class FastBuffer extends Uint8Array {}

// Node's normalizeEncoding: the canonical name, or undefined.
function normalizeEncoding(encoding) {
  if (encoding === undefined || encoding === null || encoding === 'utf8' || encoding === 'utf-8') return 'utf8';
  switch (String(encoding).toLowerCase()) {
    case 'utf8': case 'utf-8': case '': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'hex': return 'hex';
    case 'ascii': return 'ascii';
    default: return undefined;
  }
}

function encodingOrThrow(encoding) {
  const normalized = normalizeEncoding(encoding);
  if (normalized === undefined) throw codes.ERR_UNKNOWN_ENCODING(encoding);
  return normalized;
}

const isUint8Array = (value) => ArrayBuffer.isView(value) && value instanceof Uint8Array;
const isAnyArrayBuffer = (value) => value instanceof ArrayBuffer ||
  (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer);

function fromString(string, encoding) {
  return new FastBuffer(native.encode(string, encodingOrThrow(encoding)));
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
  const length = items.length >>> 0;
  const buffer = new FastBuffer(length);
  if (length > 0) {
    if (ArrayBuffer.isView(items) || Array.isArray(items)) buffer.set(items);
    else for (let i = 0; i < length; i++) buffer[i] = items[i];
  }
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
function warnDeprecatedConstructor() {
  if (warnedConstructor) return;
  warnedConstructor = true;
  process.emitWarning('Buffer() is deprecated due to security and usability issues. Please use the ' +
    'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.', 'DeprecationWarning', 'DEP0005');
}

Object.defineProperty(Buffer, Symbol.species, { get() { return FastBuffer; }, configurable: true });
Buffer.prototype = FastBuffer.prototype;
Object.defineProperty(FastBuffer.prototype, 'constructor', { value: Buffer, writable: true, configurable: true });
Object.setPrototypeOf(Buffer, Uint8Array);

Buffer.poolSize = 8192;

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

Buffer.of = function of(...items) {
  return fromArrayLike(items);
};

Buffer.alloc = function alloc(size, fill, encoding) {
  validateSize(size);
  const buffer = new FastBuffer(size);
  if (fill !== undefined && fill !== 0 && size > 0) buffer.fill(fill, encoding);
  return buffer;
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateSize(size);
  return new FastBuffer(size);
};

Buffer.allocUnsafeSlow = Buffer.allocUnsafe;

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
  if (list.length === 0) return new FastBuffer(0);
  if (totalLength === undefined) {
    totalLength = 0;
    for (let i = 0; i < list.length; i++) {
      if (!isUint8Array(list[i])) throw codes.ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
      totalLength += list[i].length;
    }
  } else {
    validateNumber(totalLength, 'length', 0, kMaxLength);
  }
  const buffer = new FastBuffer(totalLength);
  let position = 0;
  for (let i = 0; i < list.length && position < totalLength; i++) {
    const item = list[i];
    if (!isUint8Array(item)) throw codes.ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], item);
    const room = totalLength - position;
    buffer.set(item.length > room ? item.subarray(0, room) : item, position);
    position += Math.min(item.length, room);
  }
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
  switch (normalizeEncoding(encoding)) {
    case 'utf16le': return string.length * 2;
    case 'latin1': case 'ascii': return string.length;
    case 'hex': return string.length >>> 1;
    case 'base64': case 'base64url': return base64ByteLength(string);
    default: return native.utf8Length(string);
  }
}
Buffer.byteLength = byteLength;

const proto = FastBuffer.prototype;

function define(methods) {
  for (const [name, value] of Object.entries(methods)) {
    Object.defineProperty(proto, name, { value, writable: true, configurable: true, enumerable: true });
  }
}

// ---- strings in and out ----

define({
  toString(encoding, start, end) {
    if (arguments.length === 0) return native.decode(this, 'utf8', 0, this.length);
    const length = this.length;
    if (start <= 0) start = 0;
    else if (start >= length) return '';
    else start = Math.trunc(start) || 0;
    if (end === undefined || end > length) end = length;
    else end = Math.trunc(end) || 0;
    if (end <= start) return '';
    return native.decode(this, encoding === undefined ? 'utf8' : encodingOrThrow(encoding), start, end);
  },

  write(string, offset, length, encoding) {
    if (typeof string !== 'string') {
      const err = new TypeError('argument must be a string');
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    if (offset === undefined) {
      offset = 0;
      length = this.length;
    } else if (length === undefined && typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      length = this.length;
    } else {
      validateInteger(offset, 'offset', 0, this.length);
      const remaining = this.length - offset;
      if (length === undefined) {
        length = remaining;
      } else if (typeof length === 'string') {
        encoding = length;
        length = remaining;
      } else {
        validateInteger(length, 'length', 0, this.length);
        if (length > remaining) length = remaining;
      }
    }
    const normalized = encodingOrThrow(encoding);
    const bytes = new Uint8Array(native.encode(string, normalized));
    let count = Math.min(bytes.length, length);
    if (count < bytes.length) count = wholeCharacters(bytes, count, normalized);
    this.set(count === bytes.length ? bytes : bytes.subarray(0, count), offset);
    return count;
  },

  toJSON() {
    return { type: 'Buffer', data: Array.from(this) };
  },

  toLocaleString(encoding, start, end) {
    return this.toString(encoding, start, end);
  },
});

// How many of the first `count` encoded bytes end on a character boundary:
// Node never writes part of a character.
function wholeCharacters(bytes, count, encoding) {
  if (encoding === 'utf16le') return count - (count % 2);
  if (encoding !== 'utf8') return count;
  let start = count;
  while (start > 0 && (bytes[start] & 0xc0) === 0x80) start--;
  return start;
}

for (const encoding of ['utf8', 'ucs2', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex']) {
  const canonical = normalizeEncoding(encoding);
  define({
    [`${encoding}Slice`](start = 0, end = this.length) {
      return native.decode(this, canonical, start, end);
    },
    [`${encoding}Write`](string, offset = 0, length = this.length - offset) {
      return this.write(string, offset, length, canonical);
    },
  });
}

// ---- bytes ----

function fillBytes(value, encoding) {
  if (typeof value === 'number') return new Uint8Array([value & 255]);
  if (typeof value === 'boolean') return new Uint8Array([Number(value)]);
  if (typeof value === 'string') {
    const normalized = encodingOrThrow(encoding);
    const bytes = new Uint8Array(native.encode(value, normalized));
    if (bytes.length === 0 && value.length !== 0) throw codes.ERR_INVALID_ARG_VALUE('value', value);
    return bytes.length === 0 ? new Uint8Array(1) : bytes;
  }
  if (isUint8Array(value)) {
    if (value.length === 0) throw codes.ERR_INVALID_ARG_VALUE('value', value);
    return value;
  }
  if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  return new Uint8Array([Number(value) & 255]);
}

define({
  fill(value, offset, end, encoding) {
    if (typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = this.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = this.length;
    }
    if (offset === undefined) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (end === undefined) end = this.length;
    else validateInteger(end, 'end', 0, this.length);
    if (offset > this.length) throw codes.ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${this.length}`, offset);
    if (offset >= end) return this;
    const bytes = fillBytes(value, encoding);
    if (bytes.length === 1) return Uint8Array.prototype.fill.call(this, bytes[0], offset, end);
    const first = Math.min(bytes.length, end - offset);
    this.set(bytes.subarray(0, first), offset);
    for (let filled = first; filled < end - offset; filled *= 2) {
      this.copyWithin(offset + filled, offset, offset + Math.min(filled, end - offset - filled));
    }
    return this;
  },

  slice(start, end) {
    return this.subarray(start, end);
  },

  subarray(start, end) {
    const view = Uint8Array.prototype.subarray.call(this, start, end);
    return new FastBuffer(view.buffer, view.byteOffset, view.length);
  },

  copy(target, targetStart, sourceStart, sourceEnd) {
    if (!isUint8Array(target)) throw codes.ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
    targetStart = targetStart === undefined ? 0 : toInteger(targetStart, 'targetStart');
    sourceStart = sourceStart === undefined ? 0 : toInteger(sourceStart, 'sourceStart');
    sourceEnd = sourceEnd === undefined ? this.length : toInteger(sourceEnd, 'sourceEnd');
    if (sourceStart > this.length) throw codes.ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${this.length}`, sourceStart);
    if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
    const count = Math.min(sourceEnd, this.length) - sourceStart;
    const copied = Math.min(count, target.length - targetStart);
    if (copied <= 0) return 0;
    target.set(Uint8Array.prototype.subarray.call(this, sourceStart, sourceStart + copied), targetStart);
    return copied;
  },

  equals(other) {
    if (!isUint8Array(other)) throw codes.ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], other);
    if (this === other) return true;
    return this.byteLength === other.byteLength && native.compare(this, other) === 0;
  },

  compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
    if (!isUint8Array(target)) throw codes.ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
    targetStart = bound(targetStart, 'targetStart', 0, target.length);
    targetEnd = bound(targetEnd, 'targetEnd', target.length, target.length);
    sourceStart = bound(sourceStart, 'sourceStart', 0, this.length);
    sourceEnd = bound(sourceEnd, 'sourceEnd', this.length, this.length);
    if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
    if (targetStart >= targetEnd) return 1;
    return native.compare(Uint8Array.prototype.subarray.call(this, sourceStart, sourceEnd),
      Uint8Array.prototype.subarray.call(target, targetStart, targetEnd));
  },

  indexOf(value, byteOffset, encoding) {
    return search(this, value, byteOffset, encoding, false);
  },

  lastIndexOf(value, byteOffset, encoding) {
    return search(this, value, byteOffset, encoding, true);
  },

  includes(value, byteOffset, encoding) {
    return this.indexOf(value, byteOffset, encoding) !== -1;
  },
});

function toInteger(value, name) {
  const number = Math.trunc(+value);
  if (Number.isNaN(number)) return 0;
  if (number < 0) throw codes.ERR_OUT_OF_RANGE(name, '>= 0', value);
  return number;
}

function bound(value, name, fallback, max) {
  if (value === undefined) return fallback;
  validateInteger(value, name, 0, max);
  return value;
}

function search(buffer, value, byteOffset, encoding, last) {
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  }
  let offset = +byteOffset;
  if (Number.isNaN(offset) || byteOffset === null || typeof byteOffset === 'object') {
    offset = last ? buffer.length : 0;
  }
  offset = Math.trunc(offset);
  if (offset < 0) offset += buffer.length;
  if (offset < 0) {
    if (last) return -1;
    offset = 0;
  }
  let needle;
  if (typeof value === 'number') needle = new Uint8Array([value & 255]);
  else if (typeof value === 'string') needle = new Uint8Array(native.encode(value, encodingOrThrow(encoding)));
  else if (isUint8Array(value)) needle = value;
  else throw codes.ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], value);
  if (needle.length === 0) return Math.min(offset, buffer.length);
  return native.indexOf(buffer, needle, offset, last);
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

function checkOffset(buffer, offset, size) {
  if (offset === undefined) offset = 0;
  if (typeof offset !== 'number') throw codes.ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  if (!(offset >= 0 && offset + size <= buffer.length) || Math.floor(offset) !== offset) {
    boundsError(offset, buffer.length - size);
  }
  return offset;
}

function checkByteLength(byteLength) {
  if (typeof byteLength !== 'number') throw codes.ERR_INVALID_ARG_TYPE('byteLength', 'number', byteLength);
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

function writeNumber(buffer, value, offset, size, littleEndian, signed) {
  if (offset === undefined) offset = 0;
  value = +value;
  const min = signed ? -(2 ** (size * 8 - 1)) : 0;
  const max = signed ? 2 ** (size * 8 - 1) - 1 : 2 ** (size * 8) - 1;
  if (value > max || value < min) throw outOfRangeValue(value, min, max, size);
  checkOffset(buffer, offset, size);
  let rest = value < 0 ? value + 2 ** (size * 8) : value;
  rest = Math.trunc(rest);
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
    integerMethods[`readUInt${bits}${suffix}`] = function (offset) {
      return readUnsigned(this, checkOffset(this, offset, size), size, littleEndian);
    };
    integerMethods[`readInt${bits}${suffix}`] = function (offset) {
      return readSigned(this, checkOffset(this, offset, size), size, littleEndian);
    };
    integerMethods[`writeUInt${bits}${suffix}`] = function (value, offset) {
      return writeNumber(this, value, offset, size, littleEndian, false);
    };
    integerMethods[`writeInt${bits}${suffix}`] = function (value, offset) {
      return writeNumber(this, value, offset, size, littleEndian, true);
    };
  }
}
for (const littleEndian of [true, false]) {
  const suffix = littleEndian ? 'LE' : 'BE';
  integerMethods[`readUInt${suffix}`] = function (offset, byteLength) {
    checkByteLength(byteLength);
    return readUnsigned(this, checkOffset(this, offset, byteLength), byteLength, littleEndian);
  };
  integerMethods[`readInt${suffix}`] = function (offset, byteLength) {
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
  integerMethods[`readBigUInt64${suffix}`] = function (offset) {
    offset = checkOffset(this, offset, 8);
    return BigInt.asUintN(64, BigInt(readUnsigned(this, offset + (littleEndian ? 4 : 0), 4, littleEndian)) << 32n |
      BigInt(readUnsigned(this, offset + (littleEndian ? 0 : 4), 4, littleEndian)));
  };
  integerMethods[`readBigInt64${suffix}`] = function (offset) {
    return BigInt.asIntN(64, this[`readBigUInt64${suffix}`](offset));
  };
  for (const signed of [false, true]) {
    integerMethods[`writeBig${signed ? '' : 'U'}Int64${suffix}`] = function (value, offset) {
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
    integerMethods[`read${name}${suffix}`] = function (offset) {
      offset = checkOffset(this, offset, size);
      for (let i = 0; i < size; i++) bytes[i] = this[offset + (littleEndian ? i : size - 1 - i)];
      return scratch[0];
    };
    integerMethods[`write${name}${suffix}`] = function (value, offset) {
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
    const shown = Math.min(exports.INSPECT_MAX_BYTES, this.length);
    const remaining = this.length - exports.INSPECT_MAX_BYTES;
    let text = native.decode(this, 'hex', 0, shown).replace(/(.{2})/g, '$1 ').trim();
    if (remaining > 0) text += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
    if (ctx) {
      const extras = Object.create(null);
      let any = false;
      for (const key of Object.keys(this)) {
        if (String(Number(key)) === key) continue;
        extras[key] = this[key];
        any = true;
      }
      if (any) {
        if (this.length !== 0) text += ', ';
        text += require('util').inspect(extras, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
      }
    }
    return `<${this.constructor.name} ${text}>`;
  },
  writable: true,
  configurable: true,
});
Object.defineProperty(proto, 'inspect', { value: proto[customInspect], writable: true, configurable: true });
for (const [name, get] of [['parent', function () { return this.buffer; }], ['offset', function () { return this.byteOffset; }]]) {
  Object.defineProperty(proto, name, { get, enumerable: true, configurable: true });
}

/** SlowBuffer(size): the deprecated unpooled allocation. */
function SlowBuffer(size) {
  return Buffer.allocUnsafeSlow(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

function isUtf8(input) {
  if (!ArrayBuffer.isView(input) && !isAnyArrayBuffer(input)) {
    throw codes.ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
  }
  return binding.decodeUtf8(input, true) !== undefined;
}

function isAscii(input) {
  if (!ArrayBuffer.isView(input) && !isAnyArrayBuffer(input)) {
    throw codes.ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
  }
  const bytes = ArrayBuffer.isView(input) ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength) : new Uint8Array(input);
  return bytes.every((b) => b < 0x80);
}

module.exports = exports = {
  Buffer,
  SlowBuffer,
  Blob,
  File,
  atob,
  btoa,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  constants: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength },
  INSPECT_MAX_BYTES,
  // For other built-ins: the canonical encoding name (or undefined).
  normalizeEncoding,
};
Object.defineProperty(exports, 'normalizeEncoding', { enumerable: false });
