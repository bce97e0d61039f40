'use strict';
// The private mark that tells util.promisify to resolve with an object of
// the callback's values under these names (fs.read → { bytesRead, buffer }),
// as Node marks its own multi-value callbacks.

/** Set on a function to an array of names, one per callback value. */
const kCustomPromisifyArgs = Symbol('customPromisifyArgs');

module.exports = { kCustomPromisifyArgs };
