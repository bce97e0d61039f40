'use strict';
// node:fs — callback and *Sync forms of every file operation. Each
// operation is one generator in internal/fs/operations; the callback forms
// run its ops on the kernel's thread pool, the sync forms on the loop
// thread. Streams live in internal/fs/streams, promises in fs/promises.

const operations = require('internal/fs/operations');
const { callbackForm, syncForm, start, step, deliver } = require('internal/fs/run');
const { constants, Stats, Dirent, validateCallback } = require('internal/fs/utils');

const spreads = new Set(['read', 'write']);

for (const [name, operation] of Object.entries(operations)) {
  if (name === 'exists') continue;
  exports[name] = callbackForm(name, operation, spreads.has(name));
  exports[`${name}Sync`] = syncForm(`${name}Sync`, operation, spreads.has(name));
}

/** exists(path, callback(exists)): the one callback without an error. */
exports.exists = function exists(path, callback) {
  validateCallback(callback);
  step(...start(operations.exists, [path]), (err, found) => deliver(callback, [found]));
};
exports.existsSync = syncForm('existsSync', operations.exists);

exports.realpath.native = exports.realpath;
exports.realpathSync.native = exports.realpathSync;

exports.constants = constants;
Object.assign(exports, { F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1 });
exports.Stats = Stats;
exports.Dirent = Dirent;

for (const name of ['createReadStream', 'createWriteStream', 'ReadStream', 'WriteStream']) {
  Object.defineProperty(exports, name, {
    get() { return require('internal/fs/streams')[name]; },
    enumerable: true,
    configurable: true,
  });
}

Object.defineProperty(exports, 'promises', {
  get() { return require('fs/promises'); },
  enumerable: true,
  configurable: true,
});
