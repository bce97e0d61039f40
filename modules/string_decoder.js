'use strict';
// node:string_decoder — decodes a stream of byte chunks into strings
// without splitting a character across chunks.

const { codes } = require('internal/errors');
const { normalizeEncoding } = require('buffer');

const native = binding.buffer;

// How many bytes at the end of `bytes` start a UTF-8 character that is not
// complete yet.
function incompleteUtf8Tail(bytes) {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back];
    if ((byte & 0xc0) === 0x80) continue;
    const need = byte >= 0xf0 && byte <= 0xf4 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc2 && byte < 0xe0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

// How many bytes at the end must wait for the next chunk, per encoding.
function heldBack(bytes, encoding) {
  switch (encoding) {
    case 'utf8': return incompleteUtf8Tail(bytes);
    case 'utf16le': return bytes.length % 2;
    case 'base64': case 'base64url': return bytes.length % 3;
    default: return 0;
  }
}

/** StringDecoder: turns byte chunks into whole-character strings. */
class StringDecoder {
  constructor(encoding) {
    const normalized = normalizeEncoding(encoding);
    if (normalized === undefined) throw codes.ERR_UNKNOWN_ENCODING(encoding);
    this.encoding = normalized;
    this.pending = new Uint8Array(0);
  }

  /** Decodes a chunk, keeping an incomplete character for later. */
  write(chunk) {
    if (typeof chunk === 'string') return chunk;
    if (!ArrayBuffer.isView(chunk)) {
      throw codes.ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], chunk);
    }
    let bytes = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (this.pending.length > 0) {
      const joined = new Uint8Array(this.pending.length + bytes.length);
      joined.set(this.pending);
      joined.set(bytes, this.pending.length);
      bytes = joined;
    }
    const keep = heldBack(bytes, this.encoding);
    this.pending = bytes.slice(bytes.length - keep);
    return native.decode(bytes, this.encoding, 0, bytes.length - keep);
  }

  /** Decodes a last chunk and whatever is held back. */
  end(chunk) {
    let text = chunk === undefined ? '' : this.write(chunk);
    if (this.pending.length > 0) {
      text += this.encoding === 'utf8' ? '\ufffd' : native.decode(this.pending, this.encoding, 0, this.pending.length);
      this.pending = new Uint8Array(0);
    }
    return text;
  }

  /** The held-back bytes of an incomplete character. */
  get lastChar() {
    return this.pending;
  }
}
Object.defineProperty(StringDecoder.prototype, 'pending', { writable: true, enumerable: false, value: undefined });

module.exports = { StringDecoder };
