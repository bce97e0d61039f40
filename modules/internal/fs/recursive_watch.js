'use strict';
// fs.watch(dir, { recursive: true }) on Linux, as Node builds it: inotify
// watches one directory, not a tree, so the watcher keeps one plain
// watcher per directory (and per symbolic link, for the link's target),
// and learns of new subdirectories from their parent's events. Names are
// reported relative to the watched root.

const EventEmitter = require('events');
const { codes, validateAbortSignal, abortError } = require('internal/errors');
const { getValidatedPath, validateBoolean } = require('internal/fs/utils');
const { createIgnoreMatcher, validateIgnoreOption } = require('internal/fs/watchers');
const { kResistStopPropagation } = require('internal/event_target');
const path = require('path');

const fs = () => require('fs');
const missing = (file) => fs().statSync(file, { throwIfNoEntry: false }) === undefined;

/** A recursive FSWatcher: emits 'change' (eventType, relativeName) and 'close'. */
class RecursiveWatcher extends EventEmitter {
  #options;
  #closed = false;
  #root = path.resolve();
  #known = new Set(); // every path below the root seen so far
  #watchers = new Map(); // directory or link → its plain watcher
  #links = new Set();
  #ignored = null;

  constructor(options = {}) {
    super();
    const { persistent, recursive, signal, encoding, ignore } = options;
    if (recursive != null) validateBoolean(recursive, 'options.recursive');
    if (persistent != null) validateBoolean(persistent, 'options.persistent');
    if (signal != null) validateAbortSignal(signal, 'options.signal');
    const throwIfNoEntry = options.throwIfNoEntry ?? true;
    validateBoolean(throwIfNoEntry, 'options.throwIfNoEntry');
    if (encoding != null && typeof encoding !== 'string') {
      throw codes.ERR_INVALID_ARG_VALUE('options.encoding', encoding);
    }
    validateIgnoreOption(ignore, 'options.ignore');
    this.#ignored = createIgnoreMatcher(ignore);
    this.#options = { persistent, signal, throwIfNoEntry };
  }

  /** Starts watching `filename` (a directory tree, or one file). */
  start(filename) {
    filename = path.resolve(getValidatedPath(filename));
    try {
      const stats = fs().statSync(filename);
      this.#root = filename;
      this.#closed = false;
      if (stats.isDirectory()) this.#scan(filename, true);
      else this.#watchRootFile(filename);
    } catch (error) {
      if (this.#options.throwIfNoEntry || error.code !== 'ENOENT') {
        error.filename = filename;
        this.close();
        throw error;
      }
    }
  }

  close() {
    if (this.#closed) return;
    this.#closed = true;
    for (const watcher of this.#watchers.values()) watcher.close();
    this.#watchers.clear();
    this.#known.clear();
    this.#links.clear();
    this.emit('close');
  }

  ref() {
    for (const watcher of this.#watchers.values()) watcher.ref();
  }

  unref() {
    for (const watcher of this.#watchers.values()) watcher.unref();
  }

  #report(eventType, file) {
    this.emit('change', eventType, path.relative(this.#root, file));
  }

  #isIgnored(file) {
    return this.#ignored !== null && this.#ignored(path.relative(this.#root, file));
  }

  /** Drops `file` and everything known below it. */
  #forget(file) {
    const below = file + path.sep;
    for (const entry of [file, ...[...this.#known].filter((known) => known.startsWith(below))]) {
      this.#watchers.get(entry)?.close();
      this.#watchers.delete(entry);
      this.#known.delete(entry);
      this.#links.delete(entry);
    }
  }

  /** Watches `file` with a plain watcher; false when it vanished first. */
  #watch(file, onEvent) {
    if (this.#closed) return false;
    if (this.#watchers.has(file)) return true;
    let watcher;
    try {
      watcher = fs().watch(file, { persistent: this.#options.persistent }, onEvent);
    } catch (error) {
      if (error.code === 'ENOENT' && (file !== this.#root || !this.#options.throwIfNoEntry)) return false;
      throw error;
    }
    this.#watchers.set(file, watcher);
    return true;
  }

  /** Watches `folder` and takes in its entries; those not known yet are
   * reported as 'rename' unless this is the first scan. */
  #scan(folder, initial) {
    if (!this.#watch(folder, (eventType, filename) => this.#onFolderEvent(folder, filename))) {
      this.#forget(folder);
      return;
    }
    let entries;
    try {
      entries = fs().readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      if (error.code !== 'ENOENT' && error.code !== 'ENOTDIR') {
        this.emit('error', error);
        return;
      }
      if (folder === this.#root && initial && (error.code !== 'ENOENT' || this.#options.throwIfNoEntry)) throw error;
      if (!initial && !this.#closed) this.#report('rename', folder);
      this.#forget(folder);
      return;
    }
    for (const entry of entries) {
      if (this.#closed) break;
      const file = path.join(folder, entry.name);
      if (!this.#known.has(file) && !this.#isIgnored(file)) this.#add(file, entry, initial);
    }
  }

  /** Takes in a new entry (`entry`: its Dirent or lstat Stats). */
  #add(file, entry, initial) {
    this.#known.add(file);
    if (!initial) this.#report('rename', file);
    if (entry.isSymbolicLink()) {
      this.#links.add(file);
      if (!this.#watch(file, () => this.#report('rename', file))) this.#forget(file);
    } else if (entry.isDirectory()) {
      this.#scan(file, initial);
    }
  }

  #onFolderEvent(folder, filename) {
    if (this.#closed) return;
    if (filename == null) {
      if (missing(folder)) {
        this.#report('rename', folder);
        this.#forget(folder);
      } else {
        this.#scan(folder, false);
      }
      return;
    }
    const file = path.join(folder, filename);
    if (this.#known.has(file)) {
      this.#onEntryEvent(file);
      return;
    }
    if (this.#isIgnored(file)) return;
    const entry = fs().lstatSync(file, { throwIfNoEntry: false });
    if (entry !== undefined) {
      this.#add(file, entry, false);
    } else if (folder === this.#root && missing(folder)) {
      this.#report('rename', folder);
      this.#forget(folder);
    }
  }

  /** Something happened to a known entry: its state now says what. */
  #onEntryEvent(file) {
    if (this.#closed) return;
    const stats = fs().statSync(file, { throwIfNoEntry: false });
    if (stats === undefined) {
      this.#report('rename', file);
      this.#forget(file);
    } else if (this.#links.has(file)) {
      this.#report('rename', file);
    } else if (stats.isDirectory()) {
      this.#scan(file, false);
    } else {
      this.#report('change', file);
    }
  }

  #watchRootFile(file) {
    this.#known.add(file);
    const watching = this.#watch(file, () => {
      if (this.#closed) return;
      if (missing(file)) {
        this.#report('rename', file);
        this.#forget(file);
      } else {
        this.emit('change', 'change', path.basename(file));
      }
    });
    if (!watching) this.#forget(file);
  }

  [Symbol.asyncIterator]() {
    const { signal } = this.#options;
    const nextChange = () => new Promise((resolve, reject) => {
      const onChange = (eventType, filename) => {
        signal?.removeEventListener('abort', onAbort);
        resolve({ value: { eventType, filename }, done: false });
      };
      const onAbort = () => {
        this.removeListener('change', onChange);
        this.close();
        reject(abortError(signal));
      };
      if (signal?.aborted) return onAbort();
      signal?.addEventListener('abort', onAbort, { once: true, [kResistStopPropagation]: true });
      this.once('change', onChange);
    });
    return {
      next: () => (this.#closed ? Promise.resolve({ value: undefined, done: true }) : nextChange()),
      return: () => {
        this.close();
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]() { return this; },
    };
  }
}

module.exports = { RecursiveWatcher };
