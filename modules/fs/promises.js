'use strict';
// node:fs/promises — the promise forms of the fs operations (run on the
// kernel's thread pool) and FileHandle.

const operations = require('internal/fs/operations');
const { runAsync } = require('internal/fs/run');
const { constants } = require('internal/fs/utils');
const { FileHandle } = require('internal/fs/file_handle');

function promiseForm(name, operation) {
  return { async [name](...args) { return runAsync(operation, args); } }[name];
}

// A FileHandle given where a path may be is its descriptor.
const unwrap = (file) => (file instanceof FileHandle ? file.fd : file);

// Operations on descriptors are FileHandle methods here.
const skip = new Set(['exists', 'close', 'fstat', 'ftruncate', 'fsync', 'fdatasync', 'fchmod', 'fchown', 'futimes',
  'read', 'readv', 'write', 'writev']);
for (const [name, operation] of Object.entries(operations)) {
  if (!skip.has(name) && !name.endsWith('Sync')) exports[name] = promiseForm(name, operation);
}

exports.open = async function open(path, flags, mode) {
  return new FileHandle(await runAsync(operations.open, [path, flags, mode]));
};

exports.readFile = async function readFile(path, options) {
  return runAsync(operations.readFile, [unwrap(path), options]);
};

exports.writeFile = async function writeFile(path, data, options) {
  return runAsync(operations.writeAll, [unwrap(path), data, options, 'w', true]);
};

exports.appendFile = async function appendFile(path, data, options) {
  return runAsync(operations.writeAll, [unwrap(path), data, options, 'a', true]);
};

exports.opendir = async function opendir(path, options) {
  return require('internal/fs/dir').opendirPromise(path, options);
};

/** mkdtempDisposable(prefix[, options]) → { path, remove(),
 * [Symbol.asyncDispose]() }: a new temporary directory, removed with all
 * it holds (by its full path, so a later chdir does not matter). */
exports.mkdtempDisposable = async function mkdtempDisposable(prefix, options) {
  const cwd = process.cwd();
  const path = await runAsync(operations.mkdtemp, [prefix, options]);
  const fullPath = require('path').resolve(cwd, String(path));
  const remove = () => runAsync(operations.rm, [fullPath, { recursive: true, force: true }]);
  return { __proto__: null, path, remove, async [Symbol.asyncDispose]() { await remove(); } };
};

/** lchmod: not available where symbolic links have no modes (Linux). */
exports.lchmod = async function lchmod() {
  throw require('internal/errors').codes.ERR_METHOD_NOT_IMPLEMENTED('lchmod()');
};

/** glob(pattern[, options]) → an async iterator of the matches. */
exports.glob = async function* glob(pattern, options) {
  yield* await runAsync(require('internal/fs/glob').glob, [pattern, options]);
};

exports.watch = function watch(filename, options) {
  return require('internal/fs/watchers').watchAsync(filename, options);
};
exports.constants = constants;
exports.FileHandle = FileHandle;
Object.defineProperty(exports, 'FileHandle', { enumerable: false });
