'use strict';
// The files `bistro --watch` watches, as node --watch does on Linux: each
// file the child reports loading is watched through its folder (so an
// editor's save by rename still counts), and only changes to reported
// files count; with --watch-path every change under those paths counts.
// Changes are debounced: one 'changed' event ({ trigger }) per burst.

const EventEmitter = require('events');
const path = require('path');
const { watch } = require('fs');
const { fileURLToPath } = require('internal/modules/file_url');
const { setTimeout, clearTimeout } = require('timers');

class WatchedFiles extends EventEmitter {
  #debounceMs;
  #everything;
  // Watched path -> { watcher, recursive }.
  #watches = new Map();
  // The files whose changes count (when not #everything).
  #files = new Set();
  #timer = null;
  #trigger;

  /** `everything`: count every change under the watched paths. */
  constructor({ debounceMs = 200, everything = false } = {}) {
    super();
    this.#debounceMs = debounceMs;
    this.#everything = everything;
  }

  #covered(target) {
    if (this.#watches.has(target)) return true;
    for (const [watched, { recursive }] of this.#watches) {
      if (recursive && target.startsWith(watched.endsWith(path.sep) ? watched : watched + path.sep)) return true;
    }
    return false;
  }

  #changed(file) {
    if (!this.#everything && !this.#files.has(file)) return;
    this.#trigger = file;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = null;
      this.emit('changed', { trigger: this.#trigger });
    }, this.#debounceMs).unref();
  }

  /** Watches `target` (a folder's entries, or everything below it when
   * `recursive`); a missing path is an error unless `allowMissing`. */
  watchPath(target, recursive = true, { allowMissing = false } = {}) {
    target = path.resolve(target);
    if (this.#covered(target)) return;
    let watcher;
    try {
      watcher = watch(target, { recursive });
    } catch (err) {
      if (allowMissing && err.code === 'ENOENT') return;
      throw err;
    }
    watcher.on('change', (eventType, name) => this.#changed(path.resolve(target, name ?? '')));
    watcher.on('error', (err) => this.emit('error', err));
    this.#watches.set(target, { watcher, recursive });
    if (!recursive) return;
    // A recursive watch makes the watches below it redundant.
    for (const [watched, entry] of this.#watches) {
      if (watched !== target && watched.startsWith(target + path.sep)) {
        entry.watcher.close();
        this.#watches.delete(watched);
      }
    }
  }

  /** Counts changes to `file`, watching its folder. */
  addFile(file, options) {
    file = path.resolve(file);
    this.watchPath(path.dirname(file), false, options);
    this.#files.add(file);
  }

  /** Counts the files `child` reports loading ({ 'watch:require': [paths] }
   * and { 'watch:import': [file URLs] } messages). */
  followChild(child) {
    child.on('message', (message) => {
      if (message === null || typeof message !== 'object') return;
      try {
        for (const file of asArray(message['watch:require'])) this.addFile(file);
        for (const url of asArray(message['watch:import'])) this.addFile(fileURLToPath(url));
      } catch {
        // A file that vanished before it could be watched: nothing to do.
      }
    });
  }

  /** Forgets the counted files (the next child reports its own). */
  clearFiles() {
    this.#files.clear();
  }

  /** Stops every watch and the pending debounce. */
  close() {
    clearTimeout(this.#timer);
    this.#timer = null;
    for (const { watcher } of this.#watches.values()) watcher.close();
    this.#watches.clear();
    this.#files.clear();
  }
}

function asArray(value) {
  return Array.isArray(value) ? value : [];
}

module.exports = { WatchedFiles };
