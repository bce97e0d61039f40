'use strict';
// node:fs — callback and *Sync forms of every file operation. Each
// operation is one generator in internal/fs/operations; the callback forms
// run its ops on the kernel's thread pool, the sync forms on the loop
// thread. Streams live in internal/fs/streams, promises in fs/promises.

const operations = require('internal/fs/operations');
const { callbackForm, syncForm, start, step, deliver } = require('internal/fs/run');
const { constants, Stats, Dirent, validateCallback, toUnixTimestamp } = require('internal/fs/utils');
const { Dir, opendir, opendirSync } = require('internal/fs/dir');
const { glob } = require('internal/fs/glob');
const { validateObject, validateString } = require('internal/errors');

// Callbacks get [bytes, buffer(s)] as two arguments.
const spreads = new Set(['read', 'write', 'readv', 'writev']);
// Node checks these functions' other arguments before their callback.
const argsFirst = new Set([
  'access', 'close', 'open', 'read', 'readv', 'write', 'writev', 'truncate', 'ftruncate', 'fchmod', 'fchown',
  'futimes', 'copyFile', 'rm', 'chmod',
]);

// An operation NAME gives fs.NAME and fs.NAMESync (from the generator
// NAMESync where the sync form has its own rules, as cpSync does).
for (const [name, operation] of Object.entries(operations)) {
  if (name === 'exists' || name.endsWith('Sync')) continue;
  const options = { spread: spreads.has(name), argsFirst: argsFirst.has(name) };
  if (name === 'close') options.fallback = (err) => { if (err) throw err; };
  exports[name] = callbackForm(name, operation, options);
  exports[`${name}Sync`] = syncForm(`${name}Sync`, operations[`${name}Sync`] || operation, options);
}

/** mkdtempDisposableSync(prefix[, options]) → { path, remove(),
 * [Symbol.dispose]() }: a new temporary directory, removed with all it holds
 * (by its full path, so a later chdir does not matter). */
exports.mkdtempDisposableSync = function mkdtempDisposableSync(prefix, options) {
  const path = exports.mkdtempSync(prefix, options);
  const fullPath = require('path').resolve(String(path));
  const remove = () => exports.rmSync(fullPath, { recursive: true, force: true });
  return { path, remove, [Symbol.dispose]() { remove(); } };
};

/** openAsBlob(path[, { type }]) → a promise of a Blob of the file. The
 * bytes are read at once (Node's Blob reads the file lazily and fails if
 * it changed meanwhile). */
exports.openAsBlob = function openAsBlob(path, options = {}) {
  return Promise.resolve(exports.openAsBlobSync(path, options));
};

/** openAsBlobSync(path[, { type }]) → a Blob of the file (read at once). */
exports.openAsBlobSync = function openAsBlobSync(path, options = {}) {
  validateObject(options, 'options');
  const { type = '' } = options;
  validateString(type, 'options.type');
  const { Blob } = require('buffer');
  return new Blob([exports.readFileSync(path)], { type });
};

// The watchers load on first use.
exports.watch = function watch(filename, options, listener) {
  return require('internal/fs/watchers').watch(filename, options, listener);
};
exports.watchFile = function watchFile(filename, options, listener) {
  return require('internal/fs/watchers').watchFile(filename, options, listener);
};
exports.unwatchFile = function unwatchFile(filename, listener) {
  return require('internal/fs/watchers').unwatchFile(filename, listener);
};

exports.glob = callbackForm('glob', glob);
exports.globSync = syncForm('globSync', glob);

/** exists(path, callback(exists)): the one callback without an error. */
exports.exists = function exists(path, callback) {
  validateCallback(callback);
  step(...start(operations.exists, [path]), (err, found) => deliver(callback, [found]));
};
exports.existsSync = syncForm('existsSync', operations.exists);

// util.promisify resolves these with objects, as in Node.
const { kCustomPromisifyArgs } = require('internal/promisify');
for (const [name, names] of [['read', ['bytesRead', 'buffer']], ['write', ['bytesWritten', 'buffer']],
  ['readv', ['bytesRead', 'buffers']], ['writev', ['bytesWritten', 'buffers']]]) {
  Object.defineProperty(exports[name], kCustomPromisifyArgs, { value: names });
}
Object.defineProperty(exports.exists, Symbol.for('nodejs.util.promisify.custom'), {
  value: (path) => new Promise((resolve) => exports.exists(path, resolve)),
  configurable: true,
});

exports.realpath.native = callbackForm('native', operations.realpathNative);
exports.realpathSync.native = syncForm('native', operations.realpathNative);

// (Node 26 keeps F_OK and the other access modes in fs.constants only.)
exports.constants = constants;
// Calling the Stats constructor is deprecated; its instances are still Stats.
exports.Stats = require('util').deprecate(Stats, 'fs.Stats constructor is deprecated.', 'DEP0180');
exports.Dirent = Dirent;
Object.assign(exports, { Dir, opendir, opendirSync });
exports._toUnixTimestamp = toUnixTimestamp;

// The streams load on first use. The classes can be replaced (as
// graceful-fs does); FileReadStream and FileWriteStream are their old names.
for (const name of ['createReadStream', 'createWriteStream']) {
  Object.defineProperty(exports, name, {
    get() { return require('internal/fs/streams')[name]; },
    enumerable: true,
    configurable: true,
  });
}
const replacedStreams = {};
for (const [name, original] of [['ReadStream', 'ReadStream'], ['WriteStream', 'WriteStream'],
  ['FileReadStream', 'ReadStream'], ['FileWriteStream', 'WriteStream']]) {
  Object.defineProperty(exports, name, {
    get() { return replacedStreams[name] ?? require('internal/fs/streams')[original]; },
    set(value) { replacedStreams[name] = value; },
    enumerable: true,
    configurable: true,
  });
}

Object.defineProperty(exports, 'Utf8Stream', {
  get() { return require('internal/fs/utf8_stream').Utf8Stream; },
  enumerable: true,
  configurable: true,
});

// lchmod exists only where symbolic links have modes (macOS), as in Node.
exports.lchmod = undefined;
exports.lchmodSync = undefined;

Object.defineProperty(exports, 'promises', {
  get() { return require('fs/promises'); },
  enumerable: true,
  configurable: true,
});
