'use strict';
// node:string_decoder — decodes a stream of byte chunks into strings
// without splitting a character across chunks. The result of all writes
// and end() equals decoding the bytes in one piece.

const { codes } = require('internal/errors');
const { Buffer } = require('buffer');
const { normalizeEncoding, decodeBytes } = require('internal/buffer_encoding');

// The decoder's state lives in a 7-byte Buffer, laid out as Node's:
// bytes 0-3 hold an incomplete character, then the number of bytes it
// still misses, the number buffered, and the encoding's number.
const kNativeDecoder = Symbol('kNativeDecoder');
const kIncompleteEnd = 4;
const kMissingBytes = 4;
const kBufferedBytes = 5;
const kEncodingField = 6;
const kSize = 7;
const encodingIds = { ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, base64url: 7 };

/** Whether `byte` is a UTF-8 continuation byte (10xxxxxx). */
const isContinuation = (byte) => (byte & 0xc0) === 0x80;

/** How long a UTF-8 character starting with lead byte `byte` should be (0: not a lead). */
function utf8Length(byte) {
  if ((byte & 0xe0) === 0xc0) return 2;
  if ((byte & 0xf0) === 0xe0) return 3;
  if ((byte & 0xf8) === 0xf0) return 4;
  return 0;
}

/**
 * How many bytes at the end of `bytes[start, end)` begin a character the
 * next chunk must finish, and how many it misses: [buffered, missing].
 */
function incompleteTail(encoding, bytes, start, end) {
  const length = end - start;
  if (encoding === 'utf8') {
    if ((bytes[end - 1] & 0x80) === 0) return [0, 0];
    // Find the lead byte of the last character, at most 4 bytes back.
    for (let i = end - 1, count = 1; ; i--, count++) {
      if (isContinuation(bytes[i])) {
        if (count >= 4 || i === start) return [0, 0];
        continue;
      }
      const need = utf8Length(bytes[i]);
      // A complete last character, or invalid bytes the decoder replaces.
      if (need === 0 || count >= need) return [0, 0];
      return [count, need - count];
    }
  }
  if (encoding === 'utf16le') {
    if (length % 2 === 1) return [1, 1];
    // A high surrogate waits for its low half.
    if ((bytes[end - 1] & 0xfc) === 0xd8) return [2, 2];
    return [0, 0];
  }
  if (encoding === 'base64' || encoding === 'base64url') {
    const buffered = length % 3;
    return [buffered, buffered > 0 ? 3 - buffered : 0];
  }
  return [0, 0];
}

/** Decodes `chunk` with the decoder state `state`, buffering an incomplete end. */
function decodeChunk(encoding, state, bytes) {
  if (encoding === 'ascii' || encoding === 'latin1' || encoding === 'hex') {
    return decodeBytes(bytes, encoding, 0, bytes.length);
  }
  let start = 0;
  let prefix = '';
  if (state[kMissingBytes] > 0) {
    let take = Math.min(bytes.length, state[kMissingBytes]);
    let complete = take === state[kMissingBytes];
    if (encoding === 'utf8') {
      // A byte that should continue the character but does not starts a
      // new one; the character so far is complete (and invalid).
      const stop = bytes.subarray(0, take).findIndex((byte) => !isContinuation(byte));
      if (stop !== -1) {
        take = stop;
        complete = true;
      }
    }
    state.set(bytes.subarray(0, take), state[kBufferedBytes]);
    start = take;
    state[kMissingBytes] = complete ? 0 : state[kMissingBytes] - take;
    state[kBufferedBytes] += take;
    if (complete) {
      prefix = decodeBytes(state, encoding, 0, state[kBufferedBytes]);
      state[kBufferedBytes] = 0;
    }
  }
  if (start === bytes.length) return prefix;
  const [buffered, missing] = incompleteTail(encoding, bytes, start, bytes.length);
  const end = bytes.length - buffered;
  state.set(bytes.subarray(end), 0);
  state[kBufferedBytes] = buffered;
  state[kMissingBytes] = missing;
  return end > start ? prefix + decodeBytes(bytes, encoding, start, end) : prefix;
}

/** The buffered incomplete character decoded as it is; the state is emptied. */
function flush(encoding, state) {
  // A lone trailing byte of UTF-16 is dropped.
  if (encoding === 'utf16le' && state[kBufferedBytes] % 2 === 1) {
    state[kMissingBytes]--;
    state[kBufferedBytes]--;
  }
  const buffered = state[kBufferedBytes];
  state[kMissingBytes] = 0;
  state[kBufferedBytes] = 0;
  return buffered === 0 ? '' : decodeBytes(state, encoding, 0, buffered);
}

/**
 * StringDecoder(encoding): turns byte chunks into whole-character strings.
 * A plain constructor function, as in Node, so old-style subclasses can
 * call it on their instances.
 */
function StringDecoder(encoding) {
  this.encoding = normalizeEncoding(encoding);
  if (this.encoding === undefined) throw codes.ERR_UNKNOWN_ENCODING(encoding);
  this[kNativeDecoder] = Buffer.alloc(kSize);
  this[kNativeDecoder][kEncodingField] = encodingIds[this.encoding];
}

/** Decodes a chunk, keeping an incomplete character for the next one. */
StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) throw codes.ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  const state = this[kNativeDecoder];
  if (!state) throw codes.ERR_INVALID_THIS('StringDecoder');
  return decodeChunk(this.encoding, state, new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength));
};

/** Decodes a last chunk and whatever is held back; the decoder can be reused. */
StringDecoder.prototype.end = function end(buf) {
  const text = buf === undefined ? '' : this.write(buf);
  if (this[kNativeDecoder][kBufferedBytes] === 0) return text;
  return text + flush(this.encoding, this[kNativeDecoder]);
};

/** Legacy: forgets any held-back bytes, then writes `buf` from `offset`. */
StringDecoder.prototype.text = function text(buf, offset) {
  this[kNativeDecoder][kMissingBytes] = 0;
  this[kNativeDecoder][kBufferedBytes] = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  /** Legacy: the 4-byte buffer of the incomplete character. */
  lastChar: {
    get() { return this[kNativeDecoder].subarray(0, kIncompleteEnd); },
    enumerable: true, configurable: true,
  },
  /** Legacy: how many bytes the incomplete character still misses. */
  lastNeed: {
    get() { return this[kNativeDecoder][kMissingBytes]; },
    enumerable: true, configurable: true,
  },
  /** Legacy: the incomplete character's full length in bytes. */
  lastTotal: {
    get() { return this[kNativeDecoder][kBufferedBytes] + this[kNativeDecoder][kMissingBytes]; },
    enumerable: true, configurable: true,
  },
});

module.exports = { StringDecoder };
