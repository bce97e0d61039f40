'use strict';
// Node's buffer encodings, shared by node:buffer, node:string_decoder and
// node:fs: recognising an encoding's name, and turning bytes into a string.

const { codes } = require('internal/errors');

const native = binding.buffer;

// Every accepted name, lowercase, with the encoding it means.
const names = {
  utf8: 'utf8', 'utf-8': 'utf8',
  ucs2: 'utf16le', 'ucs-2': 'utf16le', utf16le: 'utf16le', 'utf-16le': 'utf16le',
  latin1: 'latin1', binary: 'latin1',
  base64: 'base64', base64url: 'base64url', hex: 'hex', ascii: 'ascii',
};

/**
 * The canonical name of `encoding` ('utf8', 'utf16le', 'latin1', 'ascii',
 * 'base64', 'base64url', 'hex'), or undefined. null, undefined and ''
 * mean UTF-8; anything but a string is unknown.
 */
function normalizeEncoding(encoding) {
  if (encoding == null || encoding === '') return 'utf8';
  if (typeof encoding !== 'string') return undefined;
  const name = encoding.toLowerCase();
  return Object.prototype.hasOwnProperty.call(names, name) ? names[name] : undefined;
}

/**
 * The canonical name of an encoding argument as Buffer methods read it:
 * converted to a string first (so null is 'null', unknown), '' unknown.
 */
function lookupEncoding(encoding) {
  const name = `${encoding}`;
  return name === '' ? undefined : normalizeEncoding(name);
}

/** `lookupEncoding`, throwing ERR_UNKNOWN_ENCODING for an unknown one. */
function encodingOrThrow(encoding) {
  const canonical = lookupEncoding(encoding);
  if (canonical === undefined) throw codes.ERR_UNKNOWN_ENCODING(encoding);
  return canonical;
}

/**
 * The bytes `start..end` of `view` decoded as `encoding` (canonical);
 * throws ERR_STRING_TOO_LONG past buffer.constants.MAX_STRING_LENGTH.
 */
function decodeBytes(view, encoding, start, end) {
  const text = native.decode(view, encoding, start, end);
  if (text === undefined) throw codes.ERR_STRING_TOO_LONG();
  return text;
}

module.exports = { normalizeEncoding, lookupEncoding, encodingOrThrow, decodeBytes };
