'use strict';
// atob and btoa: base64 over Latin-1 strings, with the web's "forgiving"
// decoding (ASCII whitespace ignored, at most two trailing '='). The
// checks are the web's; the coding itself is Buffer's native codec.

const { codes } = require('internal/errors');
const { DOMException } = require('internal/dom_exception');

const native = binding.buffer;
const invalid = (message = 'Invalid character') => new DOMException(message, 'InvalidCharacterError');

/** The bytes of `bytes` (an ArrayBuffer) as a string in `encoding`. */
function decodeAll(bytes, encoding) {
  const view = new Uint8Array(bytes);
  return native.decode(view, encoding, 0, view.length);
}

function btoa(input) {
  if (arguments.length === 0) throw codes.ERR_MISSING_ARGS('input');
  input = `${input}`;
  if (/[^\x00-\xff]/.test(input)) throw invalid();
  return decodeAll(native.encode(input, 'latin1'), 'base64');
}

function atob(input) {
  if (arguments.length === 0) throw codes.ERR_MISSING_ARGS('input');
  const text = `${input}`.replace(/[\t\n\f\r ]+/g, '');
  // Base64 digits, then at most two '=' (only at the end).
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) throw invalid();
  const digits = text.replace(/=+$/, '').length;
  if (digits !== text.length && text.length % 4 !== 0) throw invalid();
  if (digits % 4 === 1) throw invalid('The string to be decoded is not correctly encoded.');
  return decodeAll(native.encode(text, 'base64'), 'latin1');
}

module.exports = { atob, btoa };
