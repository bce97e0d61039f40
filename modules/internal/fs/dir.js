'use strict';
// fs.Dir and opendir: a directory read a few entries at a time (bufferSize
// per fs-plugin op) in the file system's order. As in Node, asynchronous
// reads and closes made while one is in flight wait in a queue, and the
// sync methods refuse to run meanwhile; with `recursive`, entries of
// subdirectories follow, read synchronously as Node reads them.

const { join } = require('path');
const { codes, validateFunction, validateInteger } = require('internal/errors');
const { ops, callSync, uvException, getValidatedPath, getOptions, encoded, Dirent } = require('internal/fs/utils');

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

// Entries from a dir_read op as Dirents of `path`.
function toDirents([names, types], path, encoding) {
  return names.map((name, i) => new Dirent(encoded(name, encoding), types[i], path));
}

/** fs.Dir: an open directory, read with read()/readSync() or iterated. */
class Dir {
  #id;
  #path;
  #options;
  #entries = [];
  #closed = false;
  // Functions waiting for the asynchronous operation in flight (null when
  // there is none).
  #waiting = null;
  // Subdirectories still to read with `recursive`: { id, path }.
  #nested = [];

  constructor(id, path, options) {
    if (id === undefined || id === null) throw codes.ERR_MISSING_ARGS('handle');
    this.#id = id;
    this.#path = path;
    this.#options = options;
  }

  /** The path the directory was opened with. */
  get path() {
    if (!(#path in this)) throw codes.ERR_INVALID_THIS('Dir');
    return this.#path;
  }

  // Moves entries of the nested directories into the buffer (sync reads);
  // whether the buffer has any.
  #readNested() {
    while (this.#nested.length > 0 && this.#entries.length === 0) {
      const nested = this.#nested.shift();
      const batch = callSync(ops.dir_read.sync, nested.id, this.#options.bufferSize);
      if (batch[0].length > 0) {
        this.#entries.push(...toDirents(batch, nested.path, this.#options.encoding));
        this.#nested.push(nested);
      } else {
        callSync(ops.dir_close.sync, nested.id);
      }
    }
    return this.#entries.length > 0;
  }

  // The next buffered entry; a directory's entries are queued with `recursive`.
  #next() {
    const dirent = this.#entries.shift();
    if (this.#options.recursive && dirent.isDirectory()) {
      const path = join(dirent.parentPath, dirent.name);
      try {
        this.#nested.push({ id: callSync(ops.opendir.sync, path), path });
      } catch {
        // A subdirectory that vanished or cannot be opened is skipped.
      }
    }
    return dirent;
  }

  /** The next entry, or null at the end: read(callback) or read() → promise. */
  read(callback) {
    if (arguments.length === 0) return new Promise((resolve, reject) => this.#read(callback, resolve, reject));
    this.#read(callback);
    return undefined;
  }

  #read(callback, resolve, reject) {
    const promised = resolve !== undefined;
    if (this.#closed) {
      if (promised) return reject(codes.ERR_DIR_CLOSED());
      throw codes.ERR_DIR_CLOSED();
    }
    const done = promised ? (err, dirent) => (err ? reject(err) : resolve(dirent)) : callback;
    if (!promised) validateFunction(callback, 'callback');
    if (this.#waiting !== null) {
      this.#waiting.push(() => this.#read(callback, resolve, reject));
      return undefined;
    }
    if (this.#readNested()) {
      const dirent = this.#next();
      process.nextTick(done, null, dirent);
      return undefined;
    }
    this.#waiting = [];
    ops.dir_read((err, batch) => {
      process.nextTick(() => {
        const waiting = this.#waiting;
        this.#waiting = null;
        for (const resume of waiting) resume();
      });
      if (err) return done(uvException(err, true));
      if (batch[0].length === 0) return done(null, null);
      this.#entries.push(...toDirents(batch, this.#path, this.#options.encoding));
      return done(null, this.#next());
    }, this.#id, this.#options.bufferSize);
    return undefined;
  }

  /** The next entry, or null at the end, read on the loop thread. */
  readSync() {
    if (this.#closed) throw codes.ERR_DIR_CLOSED();
    if (this.#waiting !== null) throw codes.ERR_DIR_CONCURRENT_OPERATION();
    if (this.#readNested()) return this.#next();
    const batch = callSync(ops.dir_read.sync, this.#id, this.#options.bufferSize);
    if (batch[0].length === 0) return null;
    this.#entries.push(...toDirents(batch, this.#path, this.#options.encoding));
    return this.#next();
  }

  #closeNested() {
    for (const nested of this.#nested.splice(0)) callSync(ops.dir_close.sync, nested.id);
  }

  /** Closes the directory: close(callback) or close() → promise. */
  close(callback) {
    if (callback === undefined) {
      if (this.#closed) return Promise.reject(codes.ERR_DIR_CLOSED());
      return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
    }
    validateFunction(callback, 'callback');
    if (this.#closed) {
      process.nextTick(callback, codes.ERR_DIR_CLOSED());
      return undefined;
    }
    if (this.#waiting !== null) {
      this.#waiting.push(() => this.close(callback));
      return undefined;
    }
    this.#closeNested();
    this.#closed = true;
    ops.dir_close((err) => callback(err ? uvException(err, true) : null), this.#id);
    return undefined;
  }

  /** Closes the directory on the loop thread. */
  closeSync() {
    if (this.#closed) throw codes.ERR_DIR_CLOSED();
    if (this.#waiting !== null) throw codes.ERR_DIR_CONCURRENT_OPERATION();
    this.#closeNested();
    this.#closed = true;
    callSync(ops.dir_close.sync, this.#id);
  }

  /** The entries one by one; the directory is closed at the end (or when
   * the loop stops early, at once: the iterator's return() closes it before
   * returning, so a read right after the loop sees it closed). */
  entries() {
    const finish = () => (this.#closed ? Promise.resolve() : this.close()).then(() => ({ value: undefined, done: true }));
    return Object.setPrototypeOf({
      next: () => this.read().then((dirent) => (dirent === null ? finish() : { value: dirent, done: false })),
      return: finish,
    }, AsyncIteratorPrototype);
  }

  [Symbol.dispose]() {
    if (!this.#closed) this.closeSync();
  }

  async [Symbol.asyncDispose]() {
    if (!this.#closed) await this.close();
  }
}
Object.defineProperty(Dir.prototype, Symbol.asyncIterator, {
  value: Dir.prototype.entries, writable: true, configurable: true,
});

function dirOptions(options) {
  options = { bufferSize: 32, ...getOptions(options, { encoding: 'utf8' }) };
  validateInteger(options.bufferSize, 'options.bufferSize', 1, 4294967295);
  return options;
}

/** fs.opendir(path[, options], callback(err, dir)). */
function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  path = getValidatedPath(path);
  options = dirOptions(typeof options === 'function' ? undefined : options);
  ops.opendir((err, id) => {
    if (err) callback(uvException(err, true));
    else callback(null, new Dir(id, path, options));
  }, path);
}

/** fs.opendirSync(path[, options]) → Dir. */
function opendirSync(path, options) {
  path = getValidatedPath(path);
  options = dirOptions(options);
  let id;
  try {
    id = ops.opendir.sync(path);
  } catch (error) {
    // Node's opendirSync errors do not name the path.
    if (error !== null && typeof error === 'object') delete error.path;
    throw uvException(error, false);
  }
  return new Dir(id, path, options);
}

/** fs.promises.opendir(path[, options]) → promise of a Dir. */
function opendirPromise(path, options) {
  return new Promise((resolve, reject) => opendir(path, options, (err, dir) => (err ? reject(err) : resolve(dir))));
}

module.exports = { Dir, opendir, opendirSync, opendirPromise };
