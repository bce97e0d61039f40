'use strict';
// TextEncoder and TextDecoder (the WHATWG Encoding API). The decoder knows
// every label of the Encoding Standard and decodes UTF-8 (natively),
// UTF-16LE/BE, x-user-defined and the single-byte legacy encodings; the
// multi-byte legacy ones (gbk, big5, shift_jis, ...) are not supported.

const { codes, validateObject } = require('internal/errors');
const { isAnyArrayBuffer } = require('internal/types');
const { labels, singleByte } = require('internal/encoding/tables');

const customInspect = Symbol.for('nodejs.util.inspect.custom');

/** The encoding a label names (ASCII whitespace around it ignored, any case), or undefined. */
function encodingOfLabel(label) {
  const name = label.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '').toLowerCase();
  return Object.prototype.hasOwnProperty.call(labels, name) ? labels[name] : undefined;
}

/** The bytes of a decode() input: an ArrayBuffer or a view (undefined is none). */
function bytesOf(input) {
  if (input === undefined) return new Uint8Array(0);
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  throw codes.ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'ArrayBufferView'], input);
}

/** Options objects may be null, undefined or any object. */
function validateOptions(options) {
  if (options !== null && options !== undefined && typeof options !== 'function') validateObject(options, 'options');
}

class TextEncoder {
  get encoding() { return 'utf-8'; }

  /** The UTF-8 bytes of `input` (lone surrogates become U+FFFD). */
  encode(input = '') {
    return new Uint8Array(binding.encodeUtf8(`${input}`));
  }

  /** Encodes as much of `src` as fits into `dest`: { read, written }. */
  encodeInto(src, dest) {
    if (!(dest instanceof Uint8Array)) throw codes.ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    let read = 0;
    let written = 0;
    for (const ch of `${src}`) {
      const bytes = binding.encodeUtf8(ch);
      if (written + bytes.byteLength > dest.length) break;
      dest.set(new Uint8Array(bytes), written);
      written += bytes.byteLength;
      read += ch.length;
    }
    return { read, written };
  }
}
Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, { value: 'TextEncoder', configurable: true });

/** Joins held-back bytes with new ones. */
function join(pending, bytes) {
  if (pending.length === 0) return bytes;
  const joined = new Uint8Array(pending.length + bytes.length);
  joined.set(pending);
  joined.set(bytes, pending.length);
  return joined;
}

/**
 * How many bytes at the end of `bytes` begin a UTF-8 sequence that is
 * valid so far but unfinished (each lead byte allows only some second bytes).
 */
function unfinishedUtf8(bytes) {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const lead = bytes[bytes.length - back];
    if ((lead & 0xc0) === 0x80) continue;
    const need = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 1;
    if (need <= back) return 0;
    if (back > 1) {
      const second = bytes[bytes.length - back + 1];
      const [low, high] = lead === 0xe0 ? [0xa0, 0xbf] : lead === 0xed ? [0x80, 0x9f] : lead === 0xf0 ? [0x90, 0xbf]
        : lead === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
      if (second < low || second > high) return 0;
    }
    return back;
  }
  return 0;
}

/** A UTF-8 decoder: decode(bytes, stream, fatal) keeps an unfinished sequence while streaming. */
function utf8Decoder() {
  let pending = new Uint8Array(0);
  return (bytes, stream, fatal) => {
    bytes = join(pending, bytes);
    pending = new Uint8Array(0);
    if (stream) {
      const keep = unfinishedUtf8(bytes);
      if (keep > 0) {
        pending = bytes.slice(bytes.length - keep);
        bytes = bytes.subarray(0, bytes.length - keep);
      }
    }
    const text = binding.decodeUtf8(bytes, fatal);
    if (text === undefined) {
      pending = new Uint8Array(0);
      throw codes.ERR_ENCODING_INVALID_ENCODED_DATA('utf-8');
    }
    return text;
  };
}

/**
 * A UTF-16 decoder: while streaming it keeps an odd last byte and a last
 * high surrogate for the next chunk; lone surrogates become U+FFFD.
 */
function utf16Decoder(encoding) {
  const bigEndian = encoding === 'utf-16be';
  let pending = new Uint8Array(0);
  return (bytes, stream, fatal) => {
    bytes = join(pending, bytes);
    pending = new Uint8Array(0);
    const unit = (i) => (bigEndian ? (bytes[i] << 8) | bytes[i + 1] : bytes[i] | (bytes[i + 1] << 8));
    let end = bytes.length & ~1;
    if (stream) {
      if (end >= 2 && (unit(end - 2) & 0xfc00) === 0xd800) end -= 2;
      pending = bytes.slice(end);
    }
    let text = '';
    for (let i = 0; i < end; i += 2) text += String.fromCharCode(unit(i));
    const cut = !stream && end < bytes.length;
    if (fatal && (cut || !text.isWellFormed())) throw codes.ERR_ENCODING_INVALID_ENCODED_DATA(encoding);
    return text.toWellFormed() + (cut ? '\ufffd' : '');
  };
}

/** A decoder for a single-byte encoding whose upper half is `table` (U+FFFD: unmapped). */
function singleByteDecoder(encoding, table) {
  return (bytes, stream, fatal) => {
    let text = '';
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i];
      if (byte < 0x80) {
        text += String.fromCharCode(byte);
        continue;
      }
      const char = table[byte - 0x80];
      if (fatal && char === '\ufffd') throw codes.ERR_ENCODING_INVALID_ENCODED_DATA(encoding);
      text += char;
    }
    return text;
  };
}

/** x-user-defined: bytes 0x80-0xff are U+F780-U+F7FF. */
function userDefinedDecoder() {
  return (bytes) => {
    let text = '';
    for (const byte of bytes) text += String.fromCharCode(byte < 0x80 ? byte : 0xf700 + byte);
    return text;
  };
}

/** A new decoder function for `encoding`, or undefined when bistro has none. */
function decoderFor(encoding) {
  if (encoding === 'utf-8') return utf8Decoder();
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return utf16Decoder(encoding);
  if (encoding === 'x-user-defined') return userDefinedDecoder();
  if (Object.prototype.hasOwnProperty.call(singleByte, encoding)) return singleByteDecoder(encoding, singleByte[encoding]);
  return undefined;
}

// The encodings whose leading byte order mark decode() removes.
const bomEncodings = new Set(['utf-8', 'utf-16le', 'utf-16be']);

class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  #decode;
  #bomSeen = false;

  /** A decoder for the encoding `label` names; options: { fatal, ignoreBOM }. */
  constructor(encoding = 'utf-8', options = undefined) {
    const label = `${encoding}`;
    validateOptions(options);
    const name = encodingOfLabel(label);
    if (name === undefined) throw codes.ERR_ENCODING_NOT_SUPPORTED(label);
    this.#decode = decoderFor(name);
    if (this.#decode === undefined) throw codes.ERR_ENCODING_NOT_SUPPORTED(name);
    this.#encoding = name;
    this.#fatal = Boolean(options?.fatal);
    this.#ignoreBOM = Boolean(options?.ignoreBOM);
  }

  get encoding() { return TextDecoder.#check(this).#encoding; }
  get fatal() { return TextDecoder.#check(this).#fatal; }
  get ignoreBOM() { return TextDecoder.#check(this).#ignoreBOM; }

  /** `decoder` when it is a TextDecoder; else ERR_INVALID_THIS. */
  static #check(decoder) {
    if (typeof decoder !== 'object' || decoder === null || !(#decode in decoder)) throw codes.ERR_INVALID_THIS('TextDecoder');
    return decoder;
  }

  /**
   * Decodes `input`; with { stream: true } an unfinished character waits
   * for the next call. With `fatal`, invalid bytes throw
   * ERR_ENCODING_INVALID_ENCODED_DATA.
   */
  decode(input = undefined, options = undefined) {
    TextDecoder.#check(this);
    validateOptions(options);
    const stream = Boolean(options?.stream);
    let text = this.#decode(bytesOf(input), stream, this.#fatal);
    if (!this.#bomSeen && text.length > 0) {
      this.#bomSeen = true;
      if (!this.#ignoreBOM && bomEncodings.has(this.#encoding) && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (!stream) this.#bomSeen = false;
    return text;
  }

  [customInspect](depth, options, inspect) {
    if (typeof depth === 'number' && depth < 0) return this;
    const shown = { encoding: this.encoding, fatal: this.fatal, ignoreBOM: this.ignoreBOM };
    return `${this.constructor.name} ${inspect(shown)}`;
  }
}
Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, { value: 'TextDecoder', configurable: true });

module.exports = { TextEncoder, TextDecoder };
