'use strict';
// TextEncoder and TextDecoder (utf-8, utf-16le, latin1/windows-1252),
// with UTF-8 done natively.

const { codes } = require('internal/errors');

const encodingNames = new Map([
  ['utf-8', 'utf-8'], ['utf8', 'utf-8'], ['unicode-1-1-utf-8', 'utf-8'],
  ['utf-16le', 'utf-16le'], ['utf-16', 'utf-16le'],
  ['latin1', 'windows-1252'], ['iso-8859-1', 'windows-1252'], ['ascii', 'windows-1252'],
  ['us-ascii', 'windows-1252'], ['windows-1252', 'windows-1252'], ['l1', 'windows-1252'],
]);

function bytesOf(input) {
  if (input === undefined) return new Uint8Array(0);
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  throw codes.ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'ArrayBufferView'], input);
}

class TextEncoder {
  get encoding() { return 'utf-8'; }

  encode(input = '') {
    return new Uint8Array(binding.encodeUtf8(`${input}`));
  }

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

// How many bytes at the end of `bytes` start an unfinished UTF-8 sequence.
function incompleteUtf8Tail(bytes) {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back];
    if ((byte & 0xc0) === 0x80) continue;
    const need = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  #pending = new Uint8Array(0);
  #sawStart = false;

  constructor(encoding = 'utf-8', options = {}) {
    const name = encodingNames.get(`${encoding}`.trim().toLowerCase());
    if (name === undefined) throw codes.ERR_ENCODING_NOT_SUPPORTED(encoding);
    this.#encoding = name;
    this.#fatal = Boolean(options && options.fatal);
    this.#ignoreBOM = Boolean(options && options.ignoreBOM);
  }

  get encoding() { return this.#encoding; }
  get fatal() { return this.#fatal; }
  get ignoreBOM() { return this.#ignoreBOM; }

  decode(input = undefined, options = {}) {
    let bytes = bytesOf(input);
    const stream = Boolean(options && options.stream);
    if (this.#pending.length > 0) {
      const joined = new Uint8Array(this.#pending.length + bytes.length);
      joined.set(this.#pending);
      joined.set(bytes, this.#pending.length);
      bytes = joined;
      this.#pending = new Uint8Array(0);
    }
    let text;
    if (this.#encoding === 'utf-8') {
      const keep = stream ? incompleteUtf8Tail(bytes) : 0;
      if (keep > 0) {
        this.#pending = bytes.slice(bytes.length - keep);
        bytes = bytes.subarray(0, bytes.length - keep);
      }
      text = binding.decodeUtf8(bytes, this.#fatal);
      if (text === undefined) throw codes.ERR_ENCODING_INVALID_ENCODED_DATA('utf-8');
    } else if (this.#encoding === 'utf-16le') {
      const even = bytes.length & ~1;
      if (stream && even < bytes.length) this.#pending = bytes.slice(even);
      else if (!stream && even < bytes.length && this.#fatal) throw codes.ERR_ENCODING_INVALID_ENCODED_DATA('utf-16le');
      text = '';
      for (let i = 0; i + 1 < bytes.length; i += 2) text += String.fromCharCode(bytes[i] | (bytes[i + 1] << 8));
      if (!stream && even < bytes.length) text += '\ufffd';
    } else {
      text = '';
      for (let i = 0; i < bytes.length; i++) text += String.fromCharCode(bytes[i]);
    }
    if (!this.#sawStart && text.length > 0) {
      this.#sawStart = true;
      if (!this.#ignoreBOM && text.charCodeAt(0) === 0xfeff && this.#encoding !== 'windows-1252') text = text.slice(1);
    }
    if (!stream) this.#sawStart = false;
    return text;
  }
}
Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, { value: 'TextDecoder', configurable: true });

module.exports = { TextEncoder, TextDecoder };
