'use strict';
// atob and btoa: base64 over Latin-1 strings, with the web's "forgiving"
// decoding (ASCII whitespace ignored, at most two trailing '=').

const { codes } = require('internal/errors');
const { DOMException } = require('internal/dom_exception');

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const values = new Int16Array(128).fill(-1);
for (let i = 0; i < alphabet.length; i++) values[alphabet.charCodeAt(i)] = i;
const isAsciiWhitespace = (code) => code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d || code === 0x20;

const invalid = (message = 'Invalid character') => new DOMException(message, 'InvalidCharacterError');

function btoa(input) {
  if (arguments.length === 0) throw codes.ERR_MISSING_ARGS('input');
  input = `${input}`;
  let out = '';
  for (let i = 0; i < input.length; i += 3) {
    const a = input.charCodeAt(i);
    const b = i + 1 < input.length ? input.charCodeAt(i + 1) : -1;
    const c = i + 2 < input.length ? input.charCodeAt(i + 2) : -1;
    if (a > 0xff || b > 0xff || c > 0xff) throw invalid();
    out += alphabet[a >> 2];
    out += alphabet[((a & 3) << 4) | (b < 0 ? 0 : b >> 4)];
    out += b < 0 ? '=' : alphabet[((b & 15) << 2) | (c < 0 ? 0 : c >> 6)];
    out += c < 0 ? '=' : alphabet[c & 63];
  }
  return out;
}

function atob(input) {
  if (arguments.length === 0) throw codes.ERR_MISSING_ARGS('input');
  input = `${input}`;
  const digits = [];
  let equals = 0;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (isAsciiWhitespace(code)) continue;
    if (code === 0x3d) {
      equals++;
      if (equals > 2) throw invalid();
      continue;
    }
    // '=' only at the end.
    if (equals > 0 || code >= 128 || values[code] < 0) throw invalid();
    digits.push(values[code]);
  }
  const total = digits.length + equals;
  if (equals > 0 && total % 4 !== 0) throw invalid();
  if (digits.length % 4 === 1) throw invalid('The string to be decoded is not correctly encoded.');
  let out = '';
  for (let i = 0; i < digits.length; i += 4) {
    const n = (digits[i] << 18) | (digits[i + 1] << 12) | ((digits[i + 2] ?? 0) << 6) | (digits[i + 3] ?? 0);
    out += String.fromCharCode(n >> 16);
    if (i + 2 < digits.length) out += String.fromCharCode((n >> 8) & 0xff);
    if (i + 3 < digits.length) out += String.fromCharCode(n & 0xff);
  }
  return out;
}

module.exports = { atob, btoa };
