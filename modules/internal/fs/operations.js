'use strict';
// Every fs operation, written once as a generator that yields the fs
// plugin's ops it needs (`yield ['open', [path, flags, mode]]`) and returns
// the result. `internal/fs/run` drives a generator on the loop thread (the
// *Sync forms), on the thread pool with a callback, or as a promise — so
// the three forms of each function cannot drift apart. Validation runs at
// the first step, which is synchronous in every form (callback forms throw
// Node's argument errors at once; promise forms reject with them).

const { codes, validateInteger, validateObject, abortError } = require('internal/errors');
const {
  constants, systemError, getValidatedPath, validateFd, isFd, getOptions, stringToFlags, writes,
  parseMode, toBytes, decoded, encoded, toUnixTimestamp, makeStats, StatFs, readdirResult, validateBoolean,
  validatePosition, validateBufferArray, validAccessMode, validCopyMode,
} = require('internal/fs/utils');
const { cp, cpSync } = require('internal/fs/cp');
const { Buffer } = require('buffer');

const { S_IFMT, S_IFDIR, F_OK, COPYFILE_EXCL } = constants;
const isDirectory = (values) => (values[1] & S_IFMT) === S_IFDIR;

function* open(path, flags, mode) {
  path = getValidatedPath(path);
  const bits = stringToFlags(flags);
  return yield [writes(bits) ? 'open_write' : 'open', [path, bits, parseMode(mode, 'mode', 0o666)]];
}

function* close(fd) {
  yield ['close', [validateFd(fd)]];
}

function throwIfAborted(signal) {
  if (signal !== undefined && signal.aborted) throw abortError(signal);
}

/** With a signal, one pause (so that an abort is reported as the
 * operation's failure, never thrown by the call) and the abort check. */
function* checkAborted(signal) {
  if (signal === undefined) return;
  yield ['await', [undefined]];
  throwIfAborted(signal);
}

/** Reads a whole file (path or fd) as a Buffer or, with an encoding, a string. */
function* readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  const { signal } = options;
  yield* checkAborted(signal);
  let data;
  if (isFd(path)) {
    data = yield ['read_all', [validateFd(path)]];
  } else if (writes(stringToFlags(options.flag))) {
    const fd = yield* open(path, options.flag, 0o666);
    try {
      data = yield ['read_all', [fd]];
    } finally {
      yield ['close', [fd]];
    }
  } else {
    // Open, read and close in one pool trip, as Node 26 reads a file.
    data = yield ['read_file', [getValidatedPath(path), stringToFlags(options.flag)]];
  }
  throwIfAborted(signal);
  return decoded(data, options.encoding);
}

const dataTypes = ['string', 'Buffer', 'TypedArray', 'DataView'];
const isIterable = (data) => data !== null && typeof data === 'object' && !ArrayBuffer.isView(data) &&
  (typeof data[Symbol.iterator] === 'function' || typeof data[Symbol.asyncIterator] === 'function');

/** Writes every chunk of a (sync or async) iterable to `fd`. */
function* writeChunks(fd, data, encoding, signal) {
  const asynchronous = typeof data[Symbol.asyncIterator] === 'function';
  const iterator = asynchronous ? data[Symbol.asyncIterator]() : data[Symbol.iterator]();
  for (;;) {
    const next = asynchronous ? yield ['await', [iterator.next()]] : iterator.next();
    if (next.done) return;
    throwIfAborted(signal);
    const chunk = ArrayBuffer.isView(next.value) ? toBytes(next.value) : Buffer.from(next.value, encoding || 'utf8');
    yield ['write', [fd, chunk, -1]];
    throwIfAborted(signal);
  }
}

/** writeFile and appendFile: all of `data` to a path (opened with
 * `flag`) or an fd. `iterables` also takes (async) iterables of chunks,
 * as fs/promises does. */
function* writeAll(file, data, options, defaultFlag, iterables = false) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666 });
  const flush = options.flush === undefined ? false : validateBoolean(options.flush, 'options.flush');
  const chunks = iterables && isIterable(data);
  const bytes = chunks ? null : toBytes(data, options.encoding);
  const { signal } = options;
  yield* checkAborted(signal);
  const write = function* (fd) {
    if (chunks) yield* writeChunks(fd, data, options.encoding, signal);
    else yield ['write', [fd, bytes, -1]];
    throwIfAborted(signal);
    if (flush) yield ['fsync', [fd, false]];
  };
  if (isFd(file)) {
    yield* write(validateFd(file, 'fd'));
    return;
  }
  const fd = yield* open(file, options.flag || defaultFlag, options.mode);
  try {
    yield* write(fd);
  } finally {
    yield ['close', [fd]];
  }
}

function* writeFile(file, data, options) {
  yield* writeAll(file, data, options, 'w');
}

function* appendFile(path, data, options) {
  yield* writeAll(path, data, options, 'a');
}

function* access(path, mode) {
  path = getValidatedPath(path);
  yield ['access', [path, validAccessMode(mode)]];
}

/** exists: never fails, never throws for a bad path. */
function* exists(path) {
  try {
    path = getValidatedPath(path);
    yield ['access', [path, F_OK]];
    return true;
  } catch {
    return false;
  }
}

const statOptions = (options) => (options !== null && typeof options === 'object' ? options : {});

// stat and lstat: a missing file is `undefined` with throwIfNoEntry: false.
function* statPath(op, path, options) {
  options = statOptions(options);
  path = getValidatedPath(path);
  try {
    return makeStats(yield [op, [path, !!options.bigint]]);
  } catch (err) {
    if (options.throwIfNoEntry === false && err.code === 'ENOENT') return undefined;
    throw err;
  }
}

function* stat(path, options) {
  return yield* statPath('stat', path, options);
}

function* lstat(path, options) {
  return yield* statPath('lstat', path, options);
}

function* fstat(fd, options) {
  return makeStats(yield ['fstat', [validateFd(fd), !!statOptions(options).bigint]]);
}

function* statfs(path, options) {
  options = statOptions(options);
  return new StatFs(...(yield ['statfs', [getValidatedPath(path), !!options.bigint]]));
}

function* mkdir(path, options) {
  let recursive = false;
  let mode = 0o777;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseMode(options, 'mode', 0o777);
  } else if (options) {
    if (options.recursive !== undefined) recursive = validateBoolean(options.recursive, 'options.recursive');
    mode = parseMode(options.mode, 'options.mode', 0o777);
  }
  path = getValidatedPath(path);
  const first = yield ['mkdir', [path, recursive, mode]];
  return recursive ? first : undefined;
}

let warnedTemplateX = false;

function* mkdtemp(prefix, options) {
  options = getOptions(options, {});
  prefix = getValidatedPath(prefix, 'prefix');
  // Node warns once that a trailing X may be taken as part of the template.
  if (prefix.endsWith('X') && !warnedTemplateX) {
    warnedTemplateX = true;
    process.emitWarning('mkdtemp() templates ending with X are not portable. For details see: https://nodejs.org/api/fs.html');
  }
  return encoded(yield ['mkdtemp', [prefix]], options.encoding);
}

function* readdir(path, options) {
  options = getOptions(options, {});
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  return readdirResult(yield ['readdir', [path, !!options.recursive]], path, options);
}

function rmOptions(options) {
  if (options === undefined) return { force: false, recursive: false };
  validateObject(options, 'options');
  for (const name of ['force', 'recursive']) {
    if (options[name] !== undefined) validateBoolean(options[name], `options.${name}`);
  }
  if (options.retryDelay !== undefined) validateInteger(options.retryDelay, 'options.retryDelay', 0, 2147483647);
  if (options.maxRetries !== undefined) validateInteger(options.maxRetries, 'options.maxRetries', 0, 4294967295);
  return { force: !!options.force, recursive: !!options.recursive };
}

function* rm(path, options) {
  path = getValidatedPath(path);
  options = rmOptions(options);
  let values;
  try {
    values = yield ['lstat', [path, false]];
  } catch (err) {
    if (err.code === 'ENOENT' && options.force) return;
    throw err;
  }
  if (isDirectory(values) && !options.recursive) {
    throw systemError('ERR_FS_EISDIR', 'Path is a directory',
      { code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: 21 });
  }
  yield ['rm_tree', [path]];
}

function* rmdir(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive !== undefined) {
    throw codes.ERR_INVALID_ARG_VALUE('options.recursive', options.recursive, 'is no longer supported');
  }
  if (options !== undefined) validateObject(options, 'options');
  yield ['rmdir', [path]];
}

function* unlink(path) {
  yield ['unlink', [getValidatedPath(path)]];
}

function* rename(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  yield ['check_write', [newPath]];
  yield ['rename', [oldPath, newPath]];
}

function* copyFile(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = validCopyMode(mode);
  yield ['check_read', [src]];
  yield ['copy_file', [src, dest, (mode & COPYFILE_EXCL) !== 0]];
}

function* symlink(target, path, type) {
  if (type !== undefined && type !== null && !['dir', 'file', 'junction'].includes(type)) {
    throw codes.ERR_INVALID_ARG_VALUE('type', type, "must be one of: 'dir', 'file', 'junction', null, undefined");
  }
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  yield ['symlink', [target, path]];
}

function* link(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  yield ['check_read', [existingPath]];
  yield ['link', [existingPath, newPath]];
}

function* readlink(path, options) {
  options = getOptions(options, {});
  return encoded(yield ['readlink', [getValidatedPath(path, 'oldPath')]], options.encoding);
}

function* realpath(path, options) {
  options = getOptions(options, {});
  return encoded(yield ['realpath', [getValidatedPath(path), false]], options.encoding);
}

/** realpath.native: realpath(3) itself. */
function* realpathNative(path, options) {
  options = getOptions(options, {});
  return encoded(yield ['realpath', [getValidatedPath(path), true]], options.encoding);
}

function* chmod(path, mode) {
  path = getValidatedPath(path);
  yield ['chmod', [path, parseMode(mode, 'mode')]];
}

function* fchmod(fd, mode) {
  mode = parseMode(mode, 'mode');
  yield ['fchmod', [validateFd(fd), mode]];
}

function ownerArgs(uid, gid) {
  validateInteger(uid, 'uid', -1, 4294967295);
  validateInteger(gid, 'gid', -1, 4294967295);
  return [uid, gid];
}

function* chown(path, uid, gid) {
  path = getValidatedPath(path);
  yield ['chown', [path, ...ownerArgs(uid, gid), true]];
}

function* lchown(path, uid, gid) {
  path = getValidatedPath(path);
  yield ['chown', [path, ...ownerArgs(uid, gid), false]];
}

function* fchown(fd, uid, gid) {
  const owner = ownerArgs(uid, gid);
  yield ['fchown', [validateFd(fd), ...owner]];
}

function* utimes(path, atime, mtime) {
  path = getValidatedPath(path);
  yield ['utimes', [path, toUnixTimestamp(atime), toUnixTimestamp(mtime), true]];
}

function* lutimes(path, atime, mtime) {
  path = getValidatedPath(path);
  yield ['utimes', [path, toUnixTimestamp(atime), toUnixTimestamp(mtime), false]];
}

function* futimes(fd, atime, mtime) {
  const times = [toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime')];
  yield ['futimes', [validateFd(fd), ...times]];
}

function* truncate(path, len = 0) {
  if (isFd(path)) {
    yield* ftruncate(path, len);
    return;
  }
  validateInteger(len, 'len');
  path = getValidatedPath(path);
  yield ['truncate', [path, Math.max(0, len)]];
}

function* ftruncate(fd, len = 0) {
  validateInteger(len, 'len');
  validateFd(fd);
  yield ['ftruncate', [fd, Math.max(0, len)]];
}

function* fsync(fd) {
  yield ['fsync', [validateFd(fd), false]];
}

function* fdatasync(fd) {
  yield ['fsync', [validateFd(fd), true]];
}

const bufferTypes = ['Buffer', 'TypedArray', 'DataView'];

/** Copies `bytes` (what an op read) into `buffer` at `offset`. */
function fill(buffer, offset, bytes) {
  new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength).set(new Uint8Array(bytes), offset);
}

// An options object of read(): null allowed, arrays and functions not.
function readOptions(options) {
  if (options !== null && (typeof options !== 'object' || Array.isArray(options))) {
    throw codes.ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
  return options ?? {};
}

const validateBuffer = (buffer) => {
  if (!ArrayBuffer.isView(buffer)) throw codes.ERR_INVALID_ARG_TYPE('buffer', bufferTypes, buffer);
};

// What read() and readSync() share once the arguments are sorted out.
function* readInto(fd, buffer, offset, length, position) {
  validateBuffer(buffer);
  if (offset === undefined || offset === null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (position === null || position === undefined) position = -1;
  else validatePosition(position, 'position', length);
  if (length === 0) return [0, buffer];
  if (buffer.byteLength === 0) throw codes.ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  if (length < 0) throw codes.ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > buffer.byteLength) {
    throw codes.ERR_OUT_OF_RANGE('length', `<= ${buffer.byteLength - offset}`, length);
  }
  const bytes = yield ['read', [fd, length, position]];
  fill(buffer, offset, bytes);
  return [bytes.byteLength, buffer];
}

/** read(fd, buffer, offset, length, position), read(fd, buffer, options),
 * read(fd, options) and read(fd) → [bytesRead, buffer]. */
function* read(fd, buffer, offset, length, position) {
  validateFd(fd);
  if (arguments.length <= 3) {
    let params;
    if (arguments.length === 3) {
      params = readOptions(offset);
    } else if (arguments.length === 2 && !ArrayBuffer.isView(buffer)) {
      params = readOptions(buffer);
      ({ buffer = Buffer.alloc(16384) } = params);
    } else if (arguments.length === 1) {
      buffer = Buffer.alloc(16384);
    }
    ({ offset = 0, length = buffer?.byteLength - offset, position = null } = params ?? {});
  }
  return yield* readInto(fd, buffer, offset, length, position);
}

/** readSync(fd, buffer, offset, length, position) and readSync(fd, buffer,
 * options) → [bytesRead, buffer]. */
function* readSync(fd, buffer, offset, length, position) {
  validateFd(fd);
  validateBuffer(buffer);
  if (arguments.length <= 3 || (offset !== null && typeof offset === 'object')) {
    const params = offset === undefined ? {} : readOptions(offset);
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = params);
  }
  return yield* readInto(fd, buffer, offset, length, position);
}

/** readv(fd, buffers, position) → [bytesRead, buffers]: one read that
 * fills the buffers in turn. */
function* readv(fd, buffers, position) {
  validateFd(fd);
  validateBufferArray(buffers);
  const total = buffers.reduce((sum, view) => sum + view.byteLength, 0);
  const at = typeof position === 'number' && position >= 0 ? position : -1;
  const bytes = new Uint8Array(total === 0 ? new ArrayBuffer(0) : yield ['read', [fd, total, at]]);
  let done = 0;
  for (const view of buffers) {
    if (done >= bytes.length) break;
    const part = bytes.subarray(done, done + view.byteLength);
    fill(view, 0, part);
    done += part.length;
  }
  return [bytes.length, buffers];
}

/** write(fd, buffer, offset, length, position), write(fd, buffer,
 * options) or write(fd, string, position, encoding) → [bytesWritten,
 * buffer or string]. */
function* write(fd, data, offset, length, position) {
  validateFd(fd);
  let bytes;
  if (ArrayBuffer.isView(data)) {
    if (offset !== null && typeof offset === 'object') {
      ({ offset = 0, length = data.byteLength - offset, position = null } = offset);
    }
    if (offset === undefined || offset === null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = data.byteLength - offset;
    if (offset > data.byteLength) throw codes.ERR_OUT_OF_RANGE('offset', `<= ${data.byteLength}`, offset);
    if (length > data.byteLength - offset) {
      throw codes.ERR_OUT_OF_RANGE('length', `<= ${data.byteLength - offset}`, length);
    }
    if (length < 0) throw codes.ERR_OUT_OF_RANGE('length', '>= 0', length);
    validateInteger(length, 'length', 0, 2147483647);
    bytes = new Uint8Array(data.buffer, data.byteOffset + offset, length);
  } else if (typeof data === 'string') {
    position = offset;
    bytes = toBytes(data, typeof length === 'string' ? length : 'utf8');
  } else {
    throw codes.ERR_INVALID_ARG_TYPE('buffer', dataTypes, data);
  }
  const at = typeof position === 'number' && position >= 0 ? position : -1;
  return [yield ['write', [fd, bytes, at]], data];
}

/** writev(fd, buffers, position) → [bytesWritten, buffers]: the buffers
 * written in order by one write. */
function* writev(fd, buffers, position) {
  validateFd(fd);
  validateBufferArray(buffers);
  if (buffers.length === 0) return [0, buffers];
  const at = typeof position === 'number' && position >= 0 ? position : -1;
  const bytes = buffers.length === 1 ? toBytes(buffers[0]) : Buffer.concat(buffers.map((view) => toBytes(view)));
  return [yield ['write', [fd, bytes, at]], buffers];
}

module.exports = {
  open, close, readFile, writeFile, appendFile, access, exists, stat, lstat, fstat, statfs, mkdir, mkdtemp,
  readdir, rm, rmdir, unlink, rename, copyFile, cp, cpSync, symlink, link, readlink, realpath, chmod, fchmod, chown,
  lchown, fchown, utimes, lutimes, futimes, truncate, ftruncate, fsync, fdatasync, read, readSync, readv, write,
  writev,
};

// Not fs functions of their own: what writeFile and appendFile share
// (fs/promises also writes iterables with it), and realpath.native.
Object.defineProperties(module.exports, { writeAll: { value: writeAll }, realpathNative: { value: realpathNative } });
