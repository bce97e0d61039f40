'use strict';
// fs.watch, fs.watchFile and fs/promises watch. An FSWatcher owns one
// kernel handle (an inotify watch, from the fs plugin's `watch_start`):
// every event of the handle is one poll-phase callback; close() closes the
// handle and emits 'close' on the next tick, as Node does. A StatWatcher
// polls stat(2) every `interval` ms on the thread pool and reports a
// change of the stats, as libuv's uv_fs_poll does.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const { codes, validateFunction, validateInteger, validateObject, validateAbortSignal, abortError } =
  require('internal/errors');
const { ops, callSync, uvException, getValidatedPath, getOptions, validateBoolean, makeStats } =
  require('internal/fs/utils');
const { matchGlobPattern } = require('internal/fs/glob');
const { kResistStopPropagation } = require('internal/event_target');
const { ownHandle, disownHandle } = require('internal/process/resources');

const handles = binding.handles;

// ---- the ignore option ----

function validateIgnoreElement(value, name) {
  if (typeof value === 'string') {
    if (value.length === 0) throw codes.ERR_INVALID_ARG_VALUE(name, value, 'must be a non-empty string');
    return;
  }
  if (value instanceof RegExp || typeof value === 'function') return;
  throw codes.ERR_INVALID_ARG_TYPE(name, ['string', 'RegExp', 'Function'], value);
}

/** Checks fs.watch's `ignore` option: a glob, a RegExp, a function, or an
 * array of them. */
function validateIgnoreOption(value, name) {
  if (value == null) return;
  if (Array.isArray(value)) value.forEach((element, i) => validateIgnoreElement(element, `${name}[${i}]`));
  else validateIgnoreElement(value, name);
}

/** The `ignore` option as one predicate over a reported file name (null
 * when nothing is ignored). A glob without a slash matches base names. */
function createIgnoreMatcher(ignore) {
  if (ignore == null) return null;
  const tests = (Array.isArray(ignore) ? ignore : [ignore]).map((matcher) => {
    if (typeof matcher === 'string') {
      const byBase = !matcher.includes('/');
      return (filename) => matchGlobPattern(byBase ? filename.slice(filename.lastIndexOf('/') + 1) : filename, matcher);
    }
    if (matcher instanceof RegExp) return (filename) => RegExp.prototype.exec.call(matcher, filename) !== null;
    return matcher;
  });
  return (filename) => tests.some((test) => test(filename));
}

// ---- fs.watch ----

function closeWatch(id) {
  handles.close(id);
  disownHandle(id);
}

/** The system error of a failed watch, with Node's `filename`. */
function watchError(error, filename) {
  const err = uvException(error, false);
  if (err.code === 'ENOSPC') {
    err.message = `ENOSPC: System limit for number of file watchers reached, watch '${filename}'`;
  }
  err.filename = filename;
  return err;
}

/** Starts an inotify watch of `path` for `owner` and calls `onEvent(err,
 * eventType, filename)` for each event, the name decoded with `encoding`;
 * returns the handle id. */
function startWatch(owner, path, persistent, encoding, onEvent) {
  const id = callSync(ops.watch_start, path);
  ownHandle(id, owner);
  if (!persistent) handles.ref(id, false);
  handles.listen(id, (err, event) => {
    if (err) return onEvent(err);
    const name = Buffer.from(event[1]);
    onEvent(null, event[0], encoding === 'buffer' ? name : name.toString(encoding || 'utf8'));
  });
  return id;
}

/** fs.FSWatcher: emits 'change' (eventType, filename), 'error', 'close'. */
class FSWatcher extends EventEmitter {
  constructor() {
    super();
    this._handle = null;
    this._closed = false;
    this._ignoreMatcher = null;
  }

  /** Starts watching; Node's kFSWatchStart. */
  start(filename, persistent, encoding, ignore, throwIfNoEntry = true) {
    if (this._closed || this._handle !== null) return;
    const path = getValidatedPath(filename, 'filename');
    validateIgnoreOption(ignore, 'options.ignore');
    this._ignoreMatcher = createIgnoreMatcher(ignore);
    try {
      this._handle = startWatch(this, path, persistent, encoding,
        (err, eventType, name) => this._onEvent(err, eventType, name, path));
    } catch (error) {
      if (!throwIfNoEntry && error.code === 'ENOENT') return;
      throw watchError(error, path);
    }
  }

  _onEvent(err, eventType, filename, path) {
    if (err) {
      this._closeHandle();
      this.emit('error', watchError(err, path));
      return;
    }
    if (filename != null && this._ignoreMatcher?.(String(filename))) return;
    this.emit('change', eventType, filename);
  }

  _closeHandle() {
    if (this._handle === null) return false;
    closeWatch(this._handle);
    this._handle = null;
    return true;
  }

  close() {
    if (this._closed) return;
    this._closed = true;
    if (this._closeHandle()) process.nextTick(() => this.emit('close'));
  }

  ref() {
    if (this._handle !== null) handles.ref(this._handle, true);
    return this;
  }

  unref() {
    if (this._handle !== null) handles.ref(this._handle, false);
    return this;
  }
}

// ---- fs.watchFile ----

const kStatKeys = ['dev', 'ino', 'mode', 'uid', 'gid', 'size', 'mtimeMs', 'ctimeMs', 'birthtimeMs'];
const sameStats = (a, b) => kStatKeys.every((key) => a[key] === b[key]);
const zeroStats = (bigint) => makeStats(new Array(14).fill(bigint ? 0n : 0));

/** fs.StatWatcher: polls a file's stats; emits 'change' (current,
 * previous) when they differ, and 'stop'. */
class StatWatcher extends EventEmitter {
  constructor(bigint) {
    super();
    this._bigint = Boolean(bigint);
    this._timer = null;
    this._refs = 1;
    this._maxRefs = 1;
    this._persistent = true;
  }

  /** Starts polling `filename` every `interval` ms. */
  start(filename, persistent, interval) {
    if (this._timer !== null) return;
    validateInteger(interval, 'interval', 0, 4294967295);
    this._persistent = persistent;
    let previous = null; // the last stats, or the last error code
    const poll = () => {
      ops.stat((err, values) => {
        if (this._timer === null) return;
        const current = err ? zeroStats(this._bigint) : makeStats(values);
        const status = err ? err.errno : 0;
        if (previous === null) {
          if (status !== 0) this.emit('change', current, zeroStats(this._bigint));
        } else if (status !== 0) {
          if (previous.status !== status) this.emit('change', current, previous.stats);
        } else if (previous.status !== 0 || !sameStats(previous.stats, current)) {
          this.emit('change', current, previous.stats);
        }
        previous = { status, stats: current };
        if (this._timer !== null) this._timer.refresh();
      }, filename, this._bigint);
    };
    this._timer = setTimeout(poll, interval);
    if (!persistent || this._refs === 0) this._timer.unref();
    poll();
  }

  stop() {
    if (this._timer === null) return;
    clearTimeout(this._timer);
    this._timer = null;
    process.nextTick(() => this.emit('stop'));
  }

  /** unwatchFile's bookkeeping: one listener more ('add'), one fewer
   * ('clean'), or none ('cleanAll'). */
  adjustRefs(operation) {
    if (operation === 'add') {
      this._refs++;
      this._maxRefs++;
    } else if (operation === 'clean') {
      this._maxRefs--;
      this.unref();
    } else {
      this._maxRefs = 0;
      this._refs = 0;
      this._timer?.unref();
    }
  }

  ref() {
    if (this._refs === this._maxRefs) return this;
    if (this._refs++ === 0 && this._persistent) this._timer?.ref();
    return this;
  }

  unref() {
    if (this._refs === 0) return this;
    if (--this._refs === 0) this._timer?.unref();
    return this;
  }
}

const statWatchers = new Map();

/** fs.watchFile(filename[, options], listener). */
function watchFile(filename, options, listener) {
  filename = require('path').resolve(getValidatedPath(filename));
  if (options === null || typeof options !== 'object') {
    listener = options;
    options = null;
  }
  options = { interval: 5007, persistent: true, ...options };
  validateFunction(listener, 'listener');
  let watcher = statWatchers.get(filename);
  if (watcher === undefined) {
    watcher = new StatWatcher(options.bigint);
    watcher.start(filename, options.persistent, options.interval);
    statWatchers.set(filename, watcher);
  } else {
    watcher.adjustRefs('add');
  }
  watcher.addListener('change', listener);
  return watcher;
}

/** fs.unwatchFile(filename[, listener]). */
function unwatchFile(filename, listener) {
  filename = require('path').resolve(getValidatedPath(filename));
  const watcher = statWatchers.get(filename);
  if (watcher === undefined) return;
  if (typeof listener === 'function') {
    const before = watcher.listenerCount('change');
    watcher.removeListener('change', listener);
    if (watcher.listenerCount('change') < before) watcher.adjustRefs('clean');
  } else {
    watcher.removeAllListeners('change');
    watcher.adjustRefs('cleanAll');
  }
  if (watcher.listenerCount('change') === 0) {
    watcher.stop();
    statWatchers.delete(filename);
  }
}

// ---- fs.watch and fs/promises watch: the entry points ----

/** fs.watch(filename[, options][, listener]). */
function watch(filename, options, listener) {
  if (typeof options === 'function') listener = options;
  options = { ...getOptions(options, {}) };
  const { persistent = true, recursive = false, throwIfNoEntry = true } = options;
  const path = getValidatedPath(filename);
  let watcher;
  if (recursive) {
    const { RecursiveWatcher } = require('internal/fs/recursive_watch');
    watcher = new RecursiveWatcher({ ...options, persistent, recursive, throwIfNoEntry });
    watcher.start(path);
  } else {
    watcher = new FSWatcher();
    watcher.start(path, persistent, options.encoding, options.ignore, throwIfNoEntry);
  }
  if (listener) watcher.addListener('change', listener);
  const { signal } = options;
  if (signal) {
    if (signal.aborted) {
      process.nextTick(() => watcher.close());
    } else {
      const onAbort = () => watcher.close();
      signal.addEventListener('abort', onAbort, { [kResistStopPropagation]: true });
      watcher.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return watcher;
}

/** fs/promises watch(filename[, options]): an async iterator of
 * { eventType, filename }, ended by `signal` or by return(). */
async function* watchAsync(filename, options = {}) {
  const path = getValidatedPath(filename);
  validateObject(options, 'options');
  const {
    persistent = true, recursive = false, encoding = 'utf8', maxQueue = 2048, overflow = 'ignore', signal, ignore,
  } = options;
  validateBoolean(persistent, 'options.persistent');
  validateBoolean(recursive, 'options.recursive');
  validateInteger(maxQueue, 'options.maxQueue');
  if (overflow !== 'ignore' && overflow !== 'error') {
    throw codes.ERR_INVALID_ARG_VALUE('options.overflow', overflow, "must be one of: 'ignore', 'error'");
  }
  validateAbortSignal(signal, 'options.signal');
  validateIgnoreOption(ignore, 'options.ignore');
  if (encoding && !Buffer.isEncoding(encoding)) {
    throw codes.ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
  if (recursive) {
    const { RecursiveWatcher } = require('internal/fs/recursive_watch');
    const watcher = new RecursiveWatcher(options);
    watcher.start(path);
    yield* watcher;
    return;
  }
  if (signal?.aborted) throw abortError(signal);

  const ignored = createIgnoreMatcher(ignore);
  const queue = [];
  let wake = null;
  let id = null;
  const notify = () => {
    if (wake) wake();
    wake = null;
  };
  const close = () => {
    if (id !== null) closeWatch(id);
    id = null;
  };
  const onAbort = () => {
    close();
    notify();
  };
  try {
    if (signal) signal.addEventListener('abort', onAbort, { once: true, [kResistStopPropagation]: true });
    try {
      id = startWatch(queue, path, persistent, encoding, (err, eventType, name) => {
        if (err) {
          close();
          queue.push(watchError(err, path));
        } else if (name != null && ignored?.(String(name))) {
          return;
        } else if (queue.length < maxQueue) {
          queue.push({ eventType, filename: name });
        } else if (overflow === 'error') {
          queue.length = 0;
          queue.push(codes.ERR_FS_WATCH_QUEUE_OVERFLOW(maxQueue));
        } else {
          process.emitWarning('fs.watch maxQueue exceeded');
        }
        notify();
      });
    } catch (error) {
      throw watchError(error, path);
    }
    while (!signal?.aborted) {
      if (queue.length === 0) await new Promise((resolve) => { wake = resolve; });
      while (queue.length) {
        const item = queue.shift();
        if (item instanceof Error) throw item;
        yield item;
      }
    }
    throw abortError(signal);
  } finally {
    close();
    signal?.removeEventListener('abort', onAbort);
  }
}

module.exports = {
  FSWatcher, StatWatcher, watch, watchAsync, watchFile, unwatchFile, createIgnoreMatcher, validateIgnoreOption,
};
