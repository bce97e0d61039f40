'use strict';
// highWaterMark: the buffer size a stream aims for (16 KiB of bytes or 16
// objects by default, as in Node 20).

const { codes } = require('internal/errors');

let defaultBytes = 16 * 1024;
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

module.exports = { getHighWaterMark, getDefaultHighWaterMark, setDefaultHighWaterMark };
