'use strict';
// What node:fs and fs/promises share: argument validation with Node's
// errors, flag and mode parsing, Stats and Dirent, and turning the fs
// plugin's system errors into Node's (`ENOENT: no such file or directory,
// open 'x'` with errno, code, syscall, path, dest).

const { codes, makeError, validateInteger, validateAbortSignal, uvException } = require('internal/errors');
const { Buffer, normalizeEncoding } = require('buffer');

const ops = binding.ops.fs;

const constants = Object.freeze({
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4,
  UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7,
  S_IFMT: 61440, S_IFREG: 32768, S_IFDIR: 16384, S_IFCHR: 8192, S_IFBLK: 24576, S_IFIFO: 4096,
  S_IFLNK: 40960, S_IFSOCK: 49152, O_CREAT: 64, O_EXCL: 128, UV_FS_O_FILEMAP: 0, UV_FS_O_TEMPORARY: 0,
  UV_FS_O_SHORT_LIVED: 0, UV_FS_O_SEQUENTIAL: 0, UV_FS_O_RANDOM: 0, O_NOCTTY: 256,
  O_TRUNC: 512, O_APPEND: 1024, O_DIRECTORY: 65536, O_NOATIME: 262144, O_NOFOLLOW: 131072,
  O_SYNC: 1052672, O_DSYNC: 4096, O_DIRECT: 16384, O_NONBLOCK: 2048,
  S_IRWXU: 448, S_IRUSR: 256, S_IWUSR: 128, S_IXUSR: 64, S_IRWXG: 56, S_IRGRP: 32, S_IWGRP: 16,
  S_IXGRP: 8, S_IRWXO: 7, S_IROTH: 4, S_IWOTH: 2, S_IXOTH: 1, F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1, UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
});
const { O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC } = constants;

// ---- errors ----

/** Node's SystemError (ERR_FS_EISDIR and friends). */
function systemError(key, prefix, context) {
  let message = `${prefix}: ${context.syscall} returned ${context.code} (${context.message})`;
  if (context.path !== undefined) message += ` ${context.path}`;
  if (context.dest !== undefined) message += ` => ${context.dest}`;
  const err = new Error(message);
  Object.defineProperty(err, 'name', { value: 'SystemError', writable: true, configurable: true });
  err.code = key;
  Object.defineProperty(err, 'info', { value: context, enumerable: true, configurable: true, writable: true });
  for (const name of ['errno', 'syscall', 'path', 'dest']) {
    if (context[name] === undefined) continue;
    Object.defineProperty(err, name, {
      get() { return context[name]; },
      set(value) { context[name] = value; },
      enumerable: true,
      configurable: true,
    });
  }
  Error.captureStackTrace(err, systemError);
  return err;
}

/** Runs a sync op, turning its system error into Node's. */
function callSync(op, ...args) {
  try {
    return op(...args);
  } catch (error) {
    throw uvException(error, false);
  }
}

// ---- validation ----

function validateCallback(callback) {
  if (typeof callback !== 'function') throw codes.ERR_INVALID_ARG_TYPE('cb', 'function', callback);
  return callback;
}

/** The path of a file: URL object: node:url's rules where this build has
 * the url plugin, else the pathname decoded. */
function fileUrlToPath(url) {
  if (binding.ops.url !== undefined) return require('internal/url').fileURLToPath(url);
  if (url.protocol !== 'file:') throw codes.ERR_INVALID_URL_SCHEME('file');
  return decodeURIComponent(url.pathname);
}

const isUrl = (value) => value !== null && typeof value === 'object' &&
  typeof value.href === 'string' && typeof value.protocol === 'string' && typeof value.pathname === 'string';

/** A path argument (string, Buffer or file: URL) as a string. */
function getValidatedPath(path, name = 'path') {
  let text = path;
  if (isUrl(path)) text = fileUrlToPath(path);
  else if (path instanceof Uint8Array) text = Buffer.from(path.buffer, path.byteOffset, path.byteLength).toString();
  else if (typeof path !== 'string') throw codes.ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], path);
  if (text.includes('\u0000')) {
    throw codes.ERR_INVALID_ARG_VALUE(name, path, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return text;
}

function validateFd(fd, name = 'fd') {
  validateInteger(fd, name, 0, 2147483647);
  return fd + 0;
}

/** A boolean argument or option, returned. */
function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw codes.ERR_INVALID_ARG_TYPE(name, 'boolean', value);
  return value;
}

/** A read or write position: an integer >= -1, or a bigint that leaves
 * room for `length` bytes below 2^63. */
function validatePosition(position, name, length) {
  if (typeof position === 'number') {
    validateInteger(position, name, -1);
  } else if (typeof position === 'bigint') {
    const max = 2n ** 63n - 1n - BigInt(length);
    if (!(position >= -1n && position <= max)) throw codes.ERR_OUT_OF_RANGE(name, `>= -1 && <= ${max}`, position);
  } else {
    throw codes.ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
  }
}

/** An array of ArrayBufferViews (readv, writev). */
function validateBufferArray(buffers, name = 'buffers') {
  if (!Array.isArray(buffers) || !buffers.every((view) => ArrayBuffer.isView(view))) {
    throw codes.ERR_INVALID_ARG_TYPE(name, 'ArrayBufferView[]', buffers);
  }
  return buffers;
}

// An access() mode (F_OK..R_OK|W_OK|X_OK) or a copyFile() mode
// (COPYFILE_* bits): 0 to 7, checked with the wording of Node's binding.
function validMode(mode, fallback) {
  if (mode === undefined || mode === null) return fallback;
  if (typeof mode !== 'number') throw makeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'mode must be int32 or null/undefined');
  if (Number.isNaN(mode)) throw makeError(RangeError, 'ERR_OUT_OF_RANGE', 'mode is out of range');
  mode = Math.trunc(mode);
  if (mode < 0 || mode > 7) throw makeError(RangeError, 'ERR_OUT_OF_RANGE', 'mode is out of range: >= 0 && <= 7');
  return mode;
}

/** An access() mode, F_OK when left out. */
const validAccessMode = (mode) => validMode(mode, constants.F_OK);

/** A copyFile() mode, 0 when left out. */
const validCopyMode = (mode) => validMode(mode, 0);

const isFd = (value) => (value >>> 0) === value;

function assertEncoding(encoding) {
  if (encoding && encoding !== 'buffer' && normalizeEncoding(encoding) === undefined) {
    throw codes.ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

/** Options given as an encoding string or an object, over defaults. */
function getOptions(options, defaults) {
  if (options === undefined || options === null || typeof options === 'function') return defaults;
  if (typeof options === 'string') options = { ...defaults, encoding: options };
  else if (typeof options === 'object') options = { ...defaults, ...options };
  else throw codes.ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  assertEncoding(options.encoding);
  validateAbortSignal(options.signal, 'options.signal');
  return options;
}

/** Node's string flags ('r', 'w+', 'ax', ...) as open(2) flags. */
function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') {
    validateInteger(flags, name, -2147483648, 2147483647);
    return flags + 0;
  }
  if (flags === undefined || flags === null) return O_RDONLY;
  switch (flags) {
    case 'r': return O_RDONLY;
    case 'rs': case 'sr': return O_RDONLY | O_SYNC;
    case 'r+': return O_RDWR;
    case 'rs+': case 'sr+': return O_RDWR | O_SYNC;
    case 'w': return O_TRUNC | O_CREAT | O_WRONLY;
    case 'wx': case 'xw': return O_TRUNC | O_CREAT | O_WRONLY | O_EXCL;
    case 'w+': return O_TRUNC | O_CREAT | O_RDWR;
    case 'wx+': case 'xw+': return O_TRUNC | O_CREAT | O_RDWR | O_EXCL;
    case 'a': return O_APPEND | O_CREAT | O_WRONLY;
    case 'ax': case 'xa': return O_APPEND | O_CREAT | O_WRONLY | O_EXCL;
    case 'as': case 'sa': return O_APPEND | O_CREAT | O_WRONLY | O_SYNC;
    case 'a+': return O_APPEND | O_CREAT | O_RDWR;
    case 'ax+': case 'xa+': return O_APPEND | O_CREAT | O_RDWR | O_EXCL;
    case 'as+': case 'sa+': return O_APPEND | O_CREAT | O_RDWR | O_SYNC;
    default: throw codes.ERR_INVALID_ARG_VALUE(name, flags);
  }
}

/** Whether open(2) flags can change the file (so need fs.write). */
const writes = (flags) => (flags & (O_WRONLY | O_RDWR | O_CREAT | O_TRUNC | O_APPEND)) !== 0;

/** A mode given as a number or an octal string. */
function parseMode(mode, name, fallback) {
  if (mode === undefined || mode === null) return fallback;
  if (typeof mode === 'string') {
    if (!/^[0-7]+$/.test(mode)) {
      throw codes.ERR_INVALID_ARG_VALUE(name, mode, 'must be a 32-bit unsigned integer or an octal string');
    }
    return parseInt(mode, 8);
  }
  validateInteger(mode, name, 0, 4294967295);
  return mode;
}

/** Data to write as bytes: strings are encoded, views shared. */
function toBytes(data, encoding, name = 'data') {
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw codes.ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

/** A name or path from an op as a string in `encoding` (UTF-8 when left
 * out) or, with 'buffer', a Buffer. */
function encoded(text, encoding) {
  if (encoding === 'buffer') return Buffer.from(text);
  if (!encoding || normalizeEncoding(encoding) === 'utf8') return text;
  return Buffer.from(text).toString(encoding);
}

/** Bytes from an op as a Buffer or, with an encoding, a string. */
function decoded(arrayBuffer, encoding) {
  const buffer = Buffer.from(arrayBuffer);
  return encoding && encoding !== 'buffer' ? buffer.toString(encoding) : buffer;
}

/** Seconds since the epoch from a Date, a number or a numeric string. */
function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time;
  if (typeof time === 'number' && Number.isFinite(time)) return time < 0 ? Date.now() / 1000 : time;
  if (time instanceof Date) return time.getTime() / 1000;
  throw codes.ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

// ---- Stats and Dirent ----

const kType = Symbol('type');

// Node's Stats keep the nanoseconds of each time under these symbols
// (their descriptions are Node's, so inspect prints the same).
const kPartialNs = {
  atime: Symbol('partialAtimeNs'), mtime: Symbol('partialMtimeNs'),
  ctime: Symbol('partialCtimeNs'), birthtime: Symbol('kPartialBirthtimeNs'),
};
const timeNames = ['atime', 'mtime', 'ctime', 'birthtime'];

/** What Stats and BigIntStats share: the numbers of stat(2) and the
 * is*() checks on the mode. */
function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  Object.assign(this, { dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks });
}
const fileTypeChecks = {
  isFile: constants.S_IFREG, isDirectory: constants.S_IFDIR, isSymbolicLink: constants.S_IFLNK,
  isBlockDevice: constants.S_IFBLK, isCharacterDevice: constants.S_IFCHR, isFIFO: constants.S_IFIFO,
  isSocket: constants.S_IFSOCK,
};
for (const [name, type] of Object.entries(fileTypeChecks)) {
  StatsBase.prototype[name] = function () { return this._checkModeProperty(type); };
}

// atime, mtime, ctime and birthtime: Dates made on first read from the
// *Ms numbers (rounded, as Node rounds them), replaceable by assignment.
const lazyDates = {};
for (const name of timeNames) {
  const own = (target, value) => Object.defineProperty(target, name,
    { value, writable: true, enumerable: true, configurable: true });
  lazyDates[name] = {
    get() { return own(this, new Date(Math.round(Number(this[`${name}Ms`]))))[name]; },
    set(value) { own(this, value); },
    enumerable: true,
    configurable: true,
  };
}

/** fs.Stats: stat(2)'s numbers, times in milliseconds (fractional). */
function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, ...times) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  timeNames.forEach((name, i) => { this[`${name}Ms`] = times[2 * i] * 1e3 + times[2 * i + 1] / 1e6; });
  timeNames.forEach((name, i) => { this[kPartialNs[name]] = times[2 * i + 1]; });
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.setPrototypeOf(Stats, StatsBase);
Object.defineProperties(Stats.prototype, lazyDates);
Stats.prototype._checkModeProperty = function (type) {
  return (this.mode & constants.S_IFMT) === type;
};

/** fs.BigIntStats: every number a bigint, and the times also in
 * nanoseconds (`atimeNs`, ...). */
function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, ...times) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  const ns = timeNames.map((name, i) => times[2 * i] * 1000000000n + times[2 * i + 1]);
  timeNames.forEach((name, i) => { this[`${name}Ms`] = ns[i] / 1000000n; });
  timeNames.forEach((name, i) => { this[`${name}Ns`] = ns[i]; });
}
Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
Object.setPrototypeOf(BigIntStats, StatsBase);
Object.defineProperties(BigIntStats.prototype, lazyDates);
BigIntStats.prototype._checkModeProperty = function (type) {
  return (this.mode & BigInt(constants.S_IFMT)) === BigInt(type);
};

/** Stats from the fs plugin's 18 numbers (bigints with `bigint`). */
const makeStats = (values) => (typeof values[0] === 'bigint' ? new BigIntStats(...values) : new Stats(...values));

/** fs.StatFs: what statfs(2) says about a file system. */
class StatFs {
  constructor(type, bsize, frsize, blocks, bfree, bavail, files, ffree) {
    Object.assign(this, { type, bsize, frsize, blocks, bfree, bavail, files, ffree });
  }
}

/** fs.Dirent: a directory entry's name and type. */
class Dirent {
  constructor(name, type, parentPath) {
    this.name = name;
    this.parentPath = parentPath;
    this[kType] = type;
  }
}
const direntChecks = {
  isFile: constants.UV_DIRENT_FILE, isDirectory: constants.UV_DIRENT_DIR,
  isSymbolicLink: constants.UV_DIRENT_LINK, isFIFO: constants.UV_DIRENT_FIFO,
  isSocket: constants.UV_DIRENT_SOCKET, isCharacterDevice: constants.UV_DIRENT_CHAR,
  isBlockDevice: constants.UV_DIRENT_BLOCK,
};
for (const [name, type] of Object.entries(direntChecks)) {
  Object.defineProperty(Dirent.prototype, name, {
    value() { return this[kType] === type; }, writable: true, configurable: true,
  });
}

/** readdir's result: names (Buffers with encoding 'buffer') or Dirents.
 * Recursive reads name entries relative to `root`; Dirents keep the
 * entry's own directory as spelled from `root`. */
function readdirResult([names, types], root, options) {
  if (options.withFileTypes) {
    return names.map((name, i) => {
      const slash = name.lastIndexOf('/');
      const parent = slash === -1 ? root : `${root}/${name.slice(0, slash)}`;
      return new Dirent(name.slice(slash + 1), types[i], parent);
    });
  }
  return names.map((name) => encoded(name, options.encoding));
}

module.exports = {
  ops, constants, uvException, systemError, callSync, validateCallback, getValidatedPath,
  validateFd, validateBoolean, validatePosition, validateBufferArray, validAccessMode, validCopyMode, isFd,
  getOptions, stringToFlags, writes, parseMode, toBytes, decoded, encoded,
  toUnixTimestamp, Stats, BigIntStats, StatFs, Dirent, makeStats, readdirResult,
};
