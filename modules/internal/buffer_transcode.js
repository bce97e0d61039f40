'use strict';
// buffer.transcode: bytes re-encoded from one of Node's ICU encodings
// (utf8, utf16le, latin1, ascii) to another, with ICU's rules: characters
// the target cannot hold become '?', and invalid input to or from UTF-16
// is an error.

const { codes } = require('internal/errors');
const { normalizeEncoding, decodeBytes } = require('internal/buffer_encoding');
const { isUint8Array } = require('internal/types');

const native = binding.buffer;
const supported = new Set(['utf8', 'utf16le', 'latin1', 'ascii']);

/** Node's error for a failed ICU conversion. */
function transcodeError(code, errno) {
  return Object.assign(new Error(`Unable to transcode Buffer [${code}]`), { code, errno });
}

/** The text of `source` in `from`, as ICU reads it for a conversion to `to`. */
function sourceText(source, from, to) {
  const length = source.length;
  switch (from) {
    case 'utf8':
      if (to === 'utf16le') {
        const text = binding.decodeUtf8(source, true);
        if (text === undefined) throw transcodeError('U_INVALID_CHAR_FOUND', 10);
        return text;
      }
      return decodeBytes(source, 'utf8', 0, length);
    case 'utf16le': {
      const text = decodeBytes(source, 'utf16le', 0, length);
      if (to === 'utf8' && !text.isWellFormed()) throw transcodeError('U_INVALID_CHAR_FOUND', 10);
      // UTF-16 to UTF-16 replaces what is broken, a cut last unit too.
      if (to === 'utf16le') return text.toWellFormed() + (length % 2 === 1 ? '\ufffd' : '');
      return text;
    }
    case 'ascii':
      // Bytes past ASCII are unknown characters, except when read into UTF-16.
      if (to === 'utf16le') return decodeBytes(source, 'latin1', 0, length);
      return decodeBytes(source, 'latin1', 0, length).replace(/[\x80-\xff]/g, '\ufffd');
    default:
      return decodeBytes(source, 'latin1', 0, length);
  }
}

/**
 * The bytes of `source` (a Uint8Array) in `toEncoding`, as an
 * ArrayBuffer; null for an empty source.
 */
function transcodeBytes(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) throw codes.ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (source.length === 0) return null;
  const from = normalizeEncoding(fromEncoding);
  const to = normalizeEncoding(toEncoding);
  if (!supported.has(from) || !supported.has(to)) throw transcodeError('U_ILLEGAL_ARGUMENT_ERROR', 1);
  if (from === to && (from === 'latin1' || from === 'ascii')) return Uint8Array.prototype.slice.call(source).buffer;
  const text = sourceText(source, from, to);
  if (to === 'latin1') return native.encode(text.replace(/[^\0-\xff]/gu, '?'), 'latin1');
  if (to === 'ascii') return native.encode(text.replace(/[^\0-\x7f]/gu, '?'), 'latin1');
  return native.encode(text, to);
}

module.exports = { transcodeBytes };
