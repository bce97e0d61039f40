'use strict';
// Every fs operation, written once as a generator that yields the fs
// plugin's ops it needs (`yield ['open', [path, flags, mode]]`) and returns
// the result. `internal/fs/run` drives a generator on the loop thread (the
// *Sync forms), on the thread pool with a callback, or as a promise — so
// the three forms of each function cannot drift apart. Validation runs at
// the first step, which is synchronous in every form (callback forms throw
// Node's argument errors at once; promise forms reject with them).

const { codes, validateInteger } = require('internal/errors');
const {
  constants, systemError, getValidatedPath, validateFd, isFd, getOptions, stringToFlags, writes,
  parseMode, toBytes, decoded, toUnixTimestamp, makeStats, readdirResult,
} = require('internal/fs/utils');
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

/** Reads a whole file (path or fd) as a Buffer or, with an encoding, a string. */
function* readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  if (isFd(path)) return decoded(yield ['read_all', [validateFd(path)]], options.encoding);
  const bits = stringToFlags(options.flag);
  if (writes(bits)) {
    const fd = yield* open(path, options.flag, 0o666);
    let data;
    try {
      data = yield ['read_all', [fd]];
    } finally {
      yield ['close', [fd]];
    }
    return decoded(data, options.encoding);
  }
  // Open, read and close in one pool trip, as Node 26 reads a file.
  return decoded(yield ['read_file', [getValidatedPath(path), bits]], options.encoding);
}

/** Writes all of `data` to a path (opened with `flag`) or an fd. */
function* writeFile(file, data, options, defaultFlag = 'w') {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: defaultFlag });
  const bytes = toBytes(data, options.encoding);
  if (isFd(file)) {
    yield ['write', [validateFd(file, 'fd'), bytes, -1]];
    return;
  }
  const fd = yield* open(file, options.flag, options.mode);
  try {
    yield ['write', [fd, bytes, -1]];
  } finally {
    yield ['close', [fd]];
  }
}

function* appendFile(path, data, options) {
  yield* writeFile(path, data, options, 'a');
}

// Node's check of access and copyFile modes, with its own wording.
function validMode(mode, fallback) {
  if (mode === undefined || mode === null) return fallback;
  if (Number.isInteger(mode) && mode >= 0 && mode <= 7) return mode;
  if (typeof mode !== 'number') throw codes.ERR_INVALID_ARG_TYPE('mode', 'integer', mode);
  const err = new RangeError('mode is out of range: >= 0 && <= 7');
  err.code = 'ERR_OUT_OF_RANGE';
  throw err;
}

function* access(path, mode) {
  path = getValidatedPath(path);
  mode = validMode(mode, F_OK);
  yield ['access', [path, mode]];
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

function statOptions(options) {
  const bigint = options !== null && typeof options === 'object' && options.bigint;
  if (bigint) throw codes.ERR_METHOD_NOT_IMPLEMENTED('stat with { bigint: true }');
}

function* stat(path, options) {
  statOptions(options);
  return makeStats(yield ['stat', [getValidatedPath(path)]]);
}

function* lstat(path, options) {
  statOptions(options);
  return makeStats(yield ['lstat', [getValidatedPath(path)]]);
}

function* fstat(fd, options) {
  statOptions(options);
  return makeStats(yield ['fstat', [validateFd(fd)]]);
}

function* mkdir(path, options) {
  path = getValidatedPath(path);
  let recursive = false;
  let mode = 0o777;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseMode(options, 'mode', 0o777);
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    mode = parseMode(options.mode, 'mode', 0o777);
  }
  if (typeof recursive !== 'boolean') throw codes.ERR_INVALID_ARG_TYPE('options.recursive', 'boolean', recursive);
  const first = yield ['mkdir', [path, recursive, mode]];
  return recursive ? first : undefined;
}

function* mkdtemp(prefix, options) {
  options = getOptions(options, {});
  prefix = getValidatedPath(prefix, 'prefix');
  const made = yield ['mkdtemp', [prefix]];
  return options.encoding === 'buffer' ? Buffer.from(made) : made;
}

function* readdir(path, options) {
  options = getOptions(options, {});
  path = getValidatedPath(path);
  return readdirResult(yield ['readdir', [path, !!options.recursive]], path, options);
}

function rmOptions(options) {
  if (options === undefined) return { force: false, recursive: false };
  if (options === null || typeof options !== 'object') throw codes.ERR_INVALID_ARG_TYPE('options', 'object', options);
  for (const name of ['force', 'recursive']) {
    if (options[name] !== undefined && typeof options[name] !== 'boolean') {
      throw codes.ERR_INVALID_ARG_TYPE(`options.${name}`, 'boolean', options[name]);
    }
  }
  return { force: !!options.force, recursive: !!options.recursive };
}

function* rm(path, options) {
  path = getValidatedPath(path);
  options = rmOptions(options);
  let values;
  try {
    values = yield ['lstat', [path]];
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
  if (options && options.recursive) {
    yield ['rm_tree', [path]];
    return;
  }
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
  mode = validMode(mode, 0);
  yield ['check_read', [src]];
  yield ['copy_file', [src, dest, (mode & COPYFILE_EXCL) !== 0]];
}

function* cp(src, dest, options = {}) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  if (options === null || typeof options !== 'object') throw codes.ERR_INVALID_ARG_TYPE('options', 'object', options);
  yield ['check_read', [src]];
  const values = yield ['stat', [src]];
  if (isDirectory(values) && !options.recursive) {
    throw systemError('ERR_FS_EISDIR', 'Path is a directory', {
      message: `${src} is a directory (not copied)`, path: src, syscall: 'cp', errno: 22, code: 'EISDIR',
    });
  }
  yield ['cp', [src, dest, options.force !== false]];
}

function* symlink(target, path) {
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
  const target = yield ['readlink', [getValidatedPath(path, 'oldPath')]];
  return options.encoding === 'buffer' ? Buffer.from(target) : target;
}

function* realpath(path, options) {
  options = getOptions(options, {});
  const real = yield ['realpath', [getValidatedPath(path)]];
  return options.encoding === 'buffer' ? Buffer.from(real) : real;
}

function* chmod(path, mode) {
  path = getValidatedPath(path);
  yield ['chmod', [path, parseMode(mode, 'mode')]];
}

function* fchmod(fd, mode) {
  yield ['fchmod', [validateFd(fd), parseMode(mode, 'mode')]];
}

function ownerArgs(uid, gid) {
  validateInteger(uid, 'uid', -1, 4294967295);
  validateInteger(gid, 'gid', -1, 4294967295);
  return [uid, gid];
}

function* chown(path, uid, gid) {
  yield ['chown', [getValidatedPath(path), ...ownerArgs(uid, gid), true]];
}

function* lchown(path, uid, gid) {
  yield ['chown', [getValidatedPath(path), ...ownerArgs(uid, gid), false]];
}

function* utimes(path, atime, mtime) {
  yield ['utimes', [getValidatedPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime), true]];
}

function* lutimes(path, atime, mtime) {
  yield ['utimes', [getValidatedPath(path), toUnixTimestamp(atime), toUnixTimestamp(mtime), false]];
}

function* futimes(fd, atime, mtime) {
  yield ['futimes', [validateFd(fd), toUnixTimestamp(atime), toUnixTimestamp(mtime)]];
}

function* truncate(path, len = 0) {
  if (isFd(path)) {
    yield* ftruncate(path, len);
    return;
  }
  path = getValidatedPath(path);
  validateInteger(len, 'len');
  yield ['truncate', [path, Math.max(0, len)]];
}

function* ftruncate(fd, len = 0) {
  validateFd(fd);
  validateInteger(len, 'len');
  yield ['ftruncate', [fd, Math.max(0, len)]];
}

function* fsync(fd) {
  yield ['fsync', [validateFd(fd), false]];
}

function* fdatasync(fd) {
  yield ['fsync', [validateFd(fd), true]];
}

const bufferTypes = ['Buffer', 'TypedArray', 'DataView'];

/** read(fd, buffer, offset, length, position) and its option forms →
 * [bytesRead, buffer]. */
function* read(fd, buffer, offset, length, position) {
  validateFd(fd);
  if (buffer === undefined) {
    buffer = Buffer.alloc(16384);
  } else if (buffer !== null && typeof buffer === 'object' && !ArrayBuffer.isView(buffer)) {
    ({ buffer = Buffer.alloc(16384), offset, length, position } = buffer);
  } else if (offset !== null && typeof offset === 'object') {
    ({ offset, length, position } = offset);
  }
  if (!ArrayBuffer.isView(buffer)) throw codes.ERR_INVALID_ARG_TYPE('buffer', bufferTypes, buffer);
  if (offset === undefined || offset === null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length = length === undefined ? buffer.byteLength - offset : length | 0;
  if (length === 0) return [0, buffer];
  if (buffer.byteLength === 0) throw codes.ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  if (length < 0) throw codes.ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > buffer.byteLength) {
    throw codes.ERR_OUT_OF_RANGE('length', `<= ${buffer.byteLength - offset}`, length);
  }
  if (position === null || position === undefined) position = -1;
  if (typeof position === 'bigint') position = Number(position);
  else if (typeof position !== 'number') throw codes.ERR_INVALID_ARG_TYPE('position', ['integer', 'bigint'], position);
  else validateInteger(position, 'position', -1);
  const bytes = new Uint8Array(yield ['read', [fd, length, position]]);
  new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength).set(bytes, offset);
  return [bytes.length, buffer];
}

/** write(fd, buffer, offset, length, position) or write(fd, string,
 * position, encoding) → [bytesWritten, buffer or string]. */
function* write(fd, data, offset, length, position) {
  validateFd(fd);
  let bytes;
  if (ArrayBuffer.isView(data)) {
    if (offset !== null && typeof offset === 'object') ({ offset, length, position } = offset);
    if (offset === undefined || offset === null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = data.byteLength - offset;
    if (offset > data.byteLength) throw codes.ERR_OUT_OF_RANGE('offset', `<= ${data.byteLength}`, offset);
    if (length > data.byteLength - offset) {
      throw codes.ERR_OUT_OF_RANGE('length', `<= ${data.byteLength - offset}`, length);
    }
    if (length < 0) throw codes.ERR_OUT_OF_RANGE('length', '>= 0', length);
    bytes = new Uint8Array(data.buffer, data.byteOffset + offset, length);
  } else if (typeof data === 'string') {
    position = offset;
    bytes = Buffer.from(data, typeof length === 'string' ? length : 'utf8');
  } else {
    throw codes.ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  const at = typeof position === 'number' && position >= 0 ? position : -1;
  return [yield ['write', [fd, bytes, at]], data];
}

module.exports = {
  open, close, readFile, writeFile, appendFile, access, exists, stat, lstat, fstat, mkdir, mkdtemp, readdir,
  rm, rmdir, unlink, rename, copyFile, cp, symlink, link, readlink, realpath, chmod, fchmod, chown, lchown,
  utimes, lutimes, futimes, truncate, ftruncate, fsync, fdatasync, read, write,
};
