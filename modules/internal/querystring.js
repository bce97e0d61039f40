'use strict';
// Percent-encoding shared by node:querystring and node:url's legacy API.

const { makeError } = require('internal/errors');

const hex = Array.from({ length: 256 }, (_, byte) => `%${byte < 16 ? '0' : ''}${byte.toString(16).toUpperCase()}`);

/** A 128-entry table marking the ASCII characters of `chars` (plus
 * letters and digits) as ones to keep. */
function keepTable(chars) {
  const table = new Uint8Array(128);
  for (let code = 0; code < 128; code++) {
    const c = String.fromCharCode(code);
    if (/[A-Za-z0-9]/.test(c) || chars.includes(c)) table[code] = 1;
  }
  return table;
}

/** What encodeURIComponent leaves alone (querystring.escape). */
const unreserved = keepTable("-_.!~*'()");

/**
 * Percent-encodes `str` as UTF-8 with upper-case hex, keeping the ASCII
 * characters `keep` marks. A surrogate takes the next code unit as its
 * pair whatever it is; one at the very end is a URIError
 * (ERR_INVALID_URI), as in Node.
 */
function encodeStr(str, keep) {
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (code < 0x80 && keep[code] === 1) continue;
    out += str.slice(last, i);
    if (code < 0x80) {
      out += hex[code];
    } else if (code < 0x800) {
      out += hex[0xc0 | (code >> 6)] + hex[0x80 | (code & 0x3f)];
    } else if (code < 0xd800 || code >= 0xe000) {
      out += hex[0xe0 | (code >> 12)] + hex[0x80 | ((code >> 6) & 0x3f)] + hex[0x80 | (code & 0x3f)];
    } else {
      if (++i >= str.length) throw makeError(URIError, 'ERR_INVALID_URI', 'URI malformed');
      const point = 0x10000 + (((code & 0x3ff) << 10) | (str.charCodeAt(i) & 0x3ff));
      out += hex[0xf0 | (point >> 18)] + hex[0x80 | ((point >> 12) & 0x3f)] +
        hex[0x80 | ((point >> 6) & 0x3f)] + hex[0x80 | (point & 0x3f)];
    }
    last = i + 1;
  }
  return last === 0 ? str : out + str.slice(last);
}

module.exports = { encodeStr, keepTable, unreserved };
