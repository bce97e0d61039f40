'use strict';
// node:path — the POSIX flavour (bistro runs on POSIX systems), with both
// flavours reachable as path.posix and path.win32 from either.

const posix = require('internal/path/posix');
const win32 = require('internal/path/win32');

for (const flavour of [posix, win32]) {
  flavour.posix = posix;
  flavour.win32 = win32;
  // The old name of toNamespacedPath.
  flavour._makeLong = flavour.toNamespacedPath;
}

module.exports = posix;
