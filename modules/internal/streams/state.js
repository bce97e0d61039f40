'use strict';
// Stream options: highWaterMark, the buffer size a stream aims for (64 KiB
// of bytes, 16 KiB on Windows, or 16 objects by default, as in Node 22+),
// and defaultEncoding.

const { codes } = require('internal/errors');
const { Buffer } = require('buffer');

let defaultBytes = process.platform === 'win32' ? 16 * 1024 : 64 * 1024;
let defaultObjects = 16;

/** The default highWaterMark for byte or object streams. */
function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultObjects : defaultBytes;
}

/** Changes the default highWaterMark. */
function setDefaultHighWaterMark(objectMode, value) {
  require('internal/errors').validateInteger(value, 'value', 0);
  if (objectMode) defaultObjects = value;
  else defaultBytes = value;
}

/** The highWaterMark from the options (`duplexKey` first for duplexes). */
function getHighWaterMark(state, options, duplexKey, isDuplex) {
  const hwm = options.highWaterMark != null ? options.highWaterMark : isDuplex ? options[duplexKey] : null;
  if (hwm != null) {
    if (!Number.isInteger(hwm) || hwm < 0) {
      const name = isDuplex ? `options.${duplexKey}` : 'options.highWaterMark';
      throw codes.ERR_INVALID_ARG_VALUE(name, hwm);
    }
    return Math.floor(hwm);
  }
  return getDefaultHighWaterMark(state.objectMode);
}

/** The `defaultEncoding` option, checked (utf8 when absent). */
function validDefaultEncoding(options) {
  const encoding = options ? options.defaultEncoding : null;
  if (encoding == null || encoding === 'utf8' || encoding === 'utf-8') return 'utf8';
  if (!Buffer.isEncoding(encoding)) throw codes.ERR_UNKNOWN_ENCODING(encoding);
  return encoding;
}

// Duplex requires the Readable and Writable that ask this, so it is looked
// up on first use, once.
let Duplex;

/** Whether `stream` is a Duplex (its options then name both sides). */
function isDuplexStream(stream) {
  Duplex ??= require('internal/streams/duplex').Duplex;
  return stream instanceof Duplex;
}

module.exports = { getHighWaterMark, getDefaultHighWaterMark, setDefaultHighWaterMark, validDefaultEncoding, isDuplexStream };
