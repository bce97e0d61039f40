'use strict';
// fs.cp and fs.cpSync as generators over the fs plugin's primitive ops
// (lstat, copy_file, mkdir, readlink, symlink, chmod, utimes), following
// Node's algorithm: check the pair of paths (same file, directory over
// non-directory, copying into itself), create the destination's parent,
// then copy files, directories entry by entry, and symbolic links
// (relative targets made absolute unless verbatimSymlinks). A filter may
// return a promise in the async forms (the run step 'await' waits for it).

const { dirname, isAbsolute, join, parse, resolve, sep } = require('path');
const { codes, validateFunction, validateInteger, validateObject } = require('internal/errors');
const { systemError, getValidatedPath, makeStats, validateBoolean } = require('internal/fs/utils');

const EEXIST = 17;
const ENOTDIR = 20;
const EISDIR = 21;
const EINVAL = 22;

// The first words of Node's SystemError messages, by code.
const prefixes = {
  ERR_FS_CP_DIR_TO_NON_DIR: 'Cannot overwrite non-directory with directory',
  ERR_FS_CP_EEXIST: 'Target already exists',
  ERR_FS_CP_EINVAL: 'Invalid src or dest',
  ERR_FS_CP_FIFO_PIPE: 'Cannot copy a FIFO pipe',
  ERR_FS_CP_NON_DIR_TO_DIR: 'Cannot overwrite directory with non-directory',
  ERR_FS_CP_SOCKET: 'Cannot copy a socket file',
  ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY: 'Cannot overwrite symlink in subdirectory of self',
  ERR_FS_CP_UNKNOWN: 'Cannot copy an unknown file type',
  ERR_FS_EISDIR: 'Path is a directory',
};

const errnoCodes = { [EEXIST]: 'EEXIST', [ENOTDIR]: 'ENOTDIR', [EISDIR]: 'EISDIR', [EINVAL]: 'EINVAL' };

/** A cp SystemError about `path`. */
function cpError(key, errno, message, path) {
  return systemError(key, prefixes[key], { message, path, syscall: 'cp', errno, code: errnoCodes[errno] });
}

/** The plain error cpSync's path checks throw (Node makes them in C++,
 * worded differently from the async forms' SystemErrors). */
function checkError(key, message) {
  const err = new Error(message);
  err.code = key;
  return err;
}

/** `path` with one trailing slash, as cpSync's checks print directories. */
const slashed = (path) => (path.endsWith(sep) ? path : path + sep);

const defaults = {
  dereference: false, errorOnExist: false, filter: undefined, force: true, preserveTimestamps: false,
  recursive: false, verbatimSymlinks: false, mode: 0,
};

function cpOptions(options) {
  if (options === undefined) return { ...defaults };
  validateObject(options, 'options');
  options = { ...defaults, ...options };
  for (const name of ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive', 'verbatimSymlinks']) {
    validateBoolean(options[name], `options.${name}`);
  }
  if (options.mode === undefined || options.mode === null) options.mode = 0;
  else validateInteger(options.mode, 'mode', 0, 7);
  if (options.dereference && options.verbatimSymlinks) {
    throw codes.ERR_INCOMPATIBLE_OPTION_PAIR('dereference', 'verbatimSymlinks');
  }
  if (options.filter !== undefined) validateFunction(options.filter, 'options.filter');
  return options;
}

const isSameFile = (a, b) => b.ino && b.dev && a.ino === b.ino && a.dev === b.dev;

const pathParts = (path) => resolve(path).split(sep).filter(Boolean);

/** Whether `dest` is `src` or lies inside it (by the paths' text). */
function isSrcSubdir(src, dest) {
  const destParts = pathParts(dest);
  return pathParts(src).every((part, i) => destParts[i] === part);
}

// The stats of `path`, or null when it does not exist.
function* statOrNull(op, path) {
  try {
    return makeStats(yield [op, [path, false]]);
  } catch (err) {
    if (err.code === 'ENOENT') return null;
    throw err;
  }
}

/** One copy: its options and whether it runs as cpSync. */
class Copy {
  constructor(options, sync) {
    this.options = options;
    this.sync = sync;
    this.statOp = options.dereference ? 'stat' : 'lstat';
  }

  // Whether the filter keeps src (a promise only where it can be awaited).
  *keeps(src, dest) {
    const { filter } = this.options;
    if (filter === undefined) return true;
    let keep = filter(src, dest);
    if (this.sync && keep instanceof Promise) throw codes.ERR_INVALID_RETURN_VALUE('boolean', 'filter', keep);
    if (!this.sync) keep = yield ['await', [keep]];
    return !!keep;
  }

  // The checks of a pair of paths → { srcStat, destStat } or null when
  // the filter skips it.
  *checkPaths(src, dest) {
    if (!(yield* this.keeps(src, dest))) return null;
    const srcStat = makeStats(yield [this.statOp, [src, false]]);
    const destStat = yield* statOrNull(this.statOp, dest);
    if (destStat) {
      if (isSameFile(srcStat, destStat)) {
        throw this.sync ? checkError('ERR_FS_CP_EINVAL', `src and dest cannot be the same ${dest}`) :
          cpError('ERR_FS_CP_EINVAL', EINVAL, 'src and dest cannot be the same', dest);
      }
      if (srcStat.isDirectory() && !destStat.isDirectory()) {
        throw this.sync ?
          checkError('ERR_FS_CP_DIR_TO_NON_DIR', `Cannot overwrite non-directory ${dest} with directory ${src}`) :
          cpError('ERR_FS_CP_DIR_TO_NON_DIR', EISDIR, `cannot overwrite non-directory ${dest} with directory ${src}`, dest);
      }
      if (!srcStat.isDirectory() && destStat.isDirectory()) {
        throw this.sync ?
          checkError('ERR_FS_CP_NON_DIR_TO_DIR', `Cannot overwrite directory ${dest} with non-directory ${src}`) :
          cpError('ERR_FS_CP_NON_DIR_TO_DIR', ENOTDIR, `cannot overwrite directory ${dest} with non-directory ${src}`, dest);
      }
    }
    if (srcStat.isDirectory() && isSrcSubdir(src, dest)) throw this.intoItself(src, dest);
    return { srcStat, destStat };
  }

  intoItself(src, dest) {
    return this.sync ? checkError('ERR_FS_CP_EINVAL', `Cannot copy ${slashed(src)} to a subdirectory of self ${dest}`) :
      cpError('ERR_FS_CP_EINVAL', EINVAL, `cannot copy ${src} to a subdirectory of self ${dest}`, dest);
  }

  // Refuses a dest whose parent directories (by inode, so through
  // symbolic links) include src.
  *checkParentPaths(src, srcStat, dest) {
    const srcParent = resolve(dirname(src));
    const destParent = resolve(dirname(dest));
    if (destParent === srcParent || destParent === parse(destParent).root) return;
    const parentStat = yield* statOrNull('stat', destParent);
    if (parentStat === null) return;
    if (isSameFile(srcStat, parentStat)) throw this.intoItself(src, dest);
    yield* this.checkParentPaths(src, srcStat, destParent);
  }

  // Copies whatever src is to dest (known not to exist when destStat is null).
  *copyEntry(destStat, src, dest) {
    const srcStat = makeStats(yield [this.statOp, [src, false]]);
    if (srcStat.isDirectory()) {
      if (!this.options.recursive) throw cpError('ERR_FS_EISDIR', EISDIR, `${src} is a directory (not copied)`, src);
      yield* this.copyDirectory(srcStat, destStat, src, dest);
    } else if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
      yield* this.copyRegular(srcStat, destStat, src, dest);
    } else if (srcStat.isSymbolicLink()) {
      yield* this.copyLink(destStat, src, dest);
    } else if (srcStat.isSocket()) {
      throw cpError('ERR_FS_CP_SOCKET', EINVAL, `cannot copy a socket file: ${dest}`, dest);
    } else if (srcStat.isFIFO()) {
      throw cpError('ERR_FS_CP_FIFO_PIPE', EINVAL, `cannot copy a FIFO pipe: ${dest}`, dest);
    } else {
      throw cpError('ERR_FS_CP_UNKNOWN', EINVAL, `cannot copy an unknown file type: ${dest}`, dest);
    }
  }

  exists(dest) {
    return cpError('ERR_FS_CP_EEXIST', EEXIST, `${dest} already exists`, dest);
  }

  *copyRegular(srcStat, destStat, src, dest) {
    if (destStat) {
      if (!this.options.force) {
        if (this.options.errorOnExist) throw this.exists(dest);
        return;
      }
      yield ['unlink', [dest]];
    }
    yield ['copy_file', [src, dest, (this.options.mode & 1) !== 0]];
    if (this.options.preserveTimestamps) {
      // utimes needs a writable file.
      if ((srcStat.mode & 0o200) === 0) yield ['chmod', [dest, srcStat.mode | 0o200]];
      yield* this.copyTimes(src, dest);
    }
    yield ['chmod', [dest, srcStat.mode]];
  }

  // Gives dest the access and modification times src has now (reading
  // src changed its atime), to the millisecond as Node does.
  *copyTimes(src, dest) {
    const now = makeStats(yield ['stat', [src, false]]);
    yield ['utimes', [dest, Math.round(now.atimeMs) / 1000, Math.round(now.mtimeMs) / 1000, true]];
  }

  *copyDirectory(srcStat, destStat, src, dest) {
    if (destStat && this.options.errorOnExist && !this.options.force) throw this.exists(dest);
    if (!destStat) yield ['mkdir', [dest, false, 0o777]];
    const [names] = yield ['readdir', [src, false]];
    for (const name of names) {
      const [srcItem, destItem] = [join(src, name), join(dest, name)];
      const checked = yield* this.checkPaths(srcItem, destItem);
      if (checked !== null) yield* this.copyEntry(checked.destStat, srcItem, destItem);
    }
    if (this.options.preserveTimestamps) yield* this.copyTimes(src, dest);
    if (!destStat) yield ['chmod', [dest, srcStat.mode]];
  }

  *copyLink(destStat, src, dest) {
    let target = yield ['readlink', [src]];
    if (!this.options.verbatimSymlinks && !isAbsolute(target)) target = resolve(dirname(src), target);
    if (!destStat) {
      yield ['symlink', [target, dest]];
      return;
    }
    let destTarget;
    try {
      destTarget = yield ['readlink', [dest]];
    } catch (err) {
      // dest is not a link: symlink fails with EEXIST, as in Node.
      if (err.code !== 'EINVAL') throw err;
      yield ['symlink', [target, dest]];
      return;
    }
    if (!isAbsolute(destTarget)) destTarget = resolve(dirname(dest), destTarget);
    const srcStat = yield* statOrNull('stat', src);
    const srcIsDir = srcStat !== null && srcStat.isDirectory();
    if (srcIsDir && isSrcSubdir(target, destTarget)) {
      throw cpError('ERR_FS_CP_EINVAL', EINVAL, `cannot copy ${target} to a subdirectory of self ${destTarget}`, dest);
    }
    if (srcIsDir && isSrcSubdir(destTarget, target)) {
      throw cpError('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', EINVAL, `cannot overwrite ${destTarget} with ${target}`, dest);
    }
    yield ['unlink', [dest]];
    yield ['symlink', [target, dest]];
  }

  *run(src, dest) {
    const checked = yield* this.checkPaths(src, dest);
    if (checked === null) return;
    yield* this.checkParentPaths(src, checked.srcStat, dest);
    if (this.sync && checked.srcStat.isDirectory() && !this.options.recursive) {
      throw checkError('ERR_FS_EISDIR', `Recursive option not enabled, cannot copy a directory: ${slashed(src)}`);
    }
    const parent = dirname(dest);
    if ((yield* statOrNull('stat', parent)) === null) yield ['mkdir', [parent, true, 0o777]];
    yield* this.copyEntry(checked.destStat, src, dest);
  }
}

function* copy(src, dest, options, sync) {
  options = cpOptions(options);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  yield* new Copy(options, sync).run(src, dest);
}

/** fs.cp / fs.promises.cp: copies src (a file, link or, with recursive,
 * a directory tree) to dest. */
function* cp(src, dest, options) {
  yield* copy(src, dest, options, false);
}

/** fs.cpSync: the same copy on the loop thread. */
function* cpSync(src, dest, options) {
  yield* copy(src, dest, options, true);
}

module.exports = { cp, cpSync };
