'use strict';
// fs.Utf8Stream: a fast buffered writer to a file descriptor or path (the
// SonicBoom design Node adopted). write() queues strings (or Buffers with
// contentMode 'buffer') in chunks of at most maxWrite; one write is in
// flight at a time, asynchronous through fs.write or, with `sync`, done at
// once through fs.writeSync. EAGAIN/EBUSY writes are retried after 100 ms
// (as retryEAGAIN decides, up to maxWriteRetries). Events: 'ready' (file
// open), 'write' (bytes written), 'drain', 'drop' (over maxLength),
// 'finish', 'close', 'error'. flush(cb) completes when the queue is written
// and fsynced; end() writes what is queued and closes the file.

const EventEmitter = require('events');
const { dirname } = require('path');
const { Buffer } = require('buffer');
const { codes, makeError, validateFunction, validateObject, validateString } = require('internal/errors');
const { ops, validateBoolean } = require('internal/fs/utils');

const kRetryDelay = 100;
const kMaxWrite = 16 * 1024;
const kFlush = Symbol('kFlush');
const kEmptyBuffer = Buffer.alloc(0);

// What flushSync() found in flight (see #beginFlushSync).
const IDLE = 0;
const RETRY_CANCELLED = 1;
const IN_WRITE_EVENT = 2;
const IN_FLIGHT = 3;

// fsync failures that only mean the fd cannot be synced (a pipe, a TTY) or
// is closed; flush() does not report them.
const unsyncable = new Set(['EBADF', 'EINVAL', 'ENOTSUP', 'EOPNOTSUPP', 'EROFS']);

const destroyedError = () => codes.ERR_INVALID_STATE('Utf8Stream is destroyed');
const isRetryable = (err) => err.code === 'EAGAIN' || err.code === 'EBUSY';

function validateUint32(value, name) {
  if (typeof value !== 'number') throw codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < 0 || value > 4294967295) throw codes.ERR_OUT_OF_RANGE(name, '>= 0 && <= 4294967295', value);
}

/** The bytes of `text` that fit in `bytes` written bytes, as characters:
 * a character split by a short write is written again whole. */
function charactersWritten(text, bytes) {
  if (Buffer.byteLength(text) === bytes) return text.length;
  const encoded = Buffer.from(text);
  while (bytes > 0 && (encoded[bytes] & 0xC0) === 0x80) bytes--;
  return encoded.subarray(0, bytes).toString().length;
}

// How each content mode queues and writes, on a stream's queue: `bufs`
// (the chunks waiting), `lens` (their byte lengths, Buffers only),
// `writingBuf` (the chunk being written) and `maxWrite`. Strings are
// queued as strings (lengths in characters); Buffers as lists of Buffers.
const utf8Mode = {
  name: 'utf8',
  empty: '',
  accept(data) {
    validateString(data, 'data');
    return data;
  },
  queue(q, data) {
    const { bufs } = q;
    if (bufs.length === 0 || bufs[bufs.length - 1].length + data.length > q.maxWrite) bufs.push(`${data}`);
    else bufs[bufs.length - 1] += data;
  },
  placeholder(q) {
    q.bufs.push('');
  },
  next(q) {
    return q.writingBuf || q.bufs.shift() || '';
  },
  requeue(q, chunk) {
    q.bufs.unshift(chunk);
  },
  first(q) {
    return q.bufs[0];
  },
  dropFirst(q) {
    q.bufs.shift();
  },
  written: charactersWritten,
  writeSync(fs, fd, chunk) {
    return fs.writeSync(fd, chunk, 'utf8');
  },
  write(fs, fd, chunk, cb) {
    fs.write(fd, chunk, 'utf8', cb);
  },
  syncsAfterFlushSync: true,
};

const merged = (list, length) => (list.length === 0 ? kEmptyBuffer : list.length === 1 ? list[0] : Buffer.concat(list, length));

const bufferMode = {
  name: 'buffer',
  empty: kEmptyBuffer,
  accept(data) {
    if (!ArrayBuffer.isView(data)) throw codes.ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView'], data);
    return Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  },
  queue(q, data) {
    const { bufs, lens } = q;
    if (bufs.length === 0 || lens[lens.length - 1] + data.length > q.maxWrite) {
      bufs.push([data]);
      lens.push(data.length);
    } else {
      bufs[bufs.length - 1].push(data);
      lens[lens.length - 1] += data.length;
    }
  },
  placeholder(q) {
    q.bufs.push([]);
    q.lens.push(0);
  },
  next(q) {
    return q.writingBuf.length ? q.writingBuf : merged(q.bufs.shift(), q.lens.shift());
  },
  requeue(q, chunk) {
    q.bufs.unshift([chunk]);
    q.lens.unshift(chunk.length);
  },
  first(q) {
    return merged(q.bufs[0], q.lens[0]);
  },
  dropFirst(q) {
    q.bufs.shift();
    q.lens.shift();
  },
  written: (chunk, bytes) => bytes,
  writeSync(fs, fd, chunk) {
    return fs.writeSync(fd, chunk);
  },
  write(fs, fd, chunk, cb) {
    fs.write(fd, chunk, cb);
  },
  syncsAfterFlushSync: false,
};

/** fs.Utf8Stream. */
class Utf8Stream extends EventEmitter {
  #mode;
  #q;
  #fs;
  #fd = -1;
  #file = null;
  #len = 0;
  #writing = false;
  #ending = false;
  #reopening = false;
  #opening = false;
  #destroyed = false;
  #asyncDrainScheduled = false;
  #flushPending = 0;
  #flushInProgress = 0;
  #emittingFlush = false;
  #emittingWrite = false;
  #retryTimer = null;
  #writeRetries = 0;
  #periodicFlushTimer;
  #options;

  /** new Utf8Stream({ fd or dest, minLength, maxLength, maxWrite,
   * periodicFlush, sync, fsync, append, contentMode, mode, mkdir,
   * retryEAGAIN, maxWriteRetries, fs }). */
  constructor(options = {}) {
    validateObject(options, 'options');
    const {
      dest, minLength, maxLength, maxWrite, periodicFlush, sync, append = true, mkdir, retryEAGAIN,
      maxWriteRetries, fsync, contentMode = 'utf8', mode, fs: overrides = {},
    } = options;
    const fd = options.fd ?? dest;
    super();
    validateObject(overrides, 'options.fs');
    this.#fs = { ...require('fs'), ...overrides };
    for (const name of ['write', 'writeSync', 'fsync', 'fsyncSync', 'close', 'open', 'mkdir', 'mkdirSync']) {
      validateFunction(this.#fs[name], `options.fs.${name}`);
    }
    const settings = {
      hwm: Math.max(minLength || 0, 16387),
      minLength: minLength || 0,
      maxLength: maxLength || 0,
      maxWrite: maxWrite || kMaxWrite,
      periodicFlush: periodicFlush || 0,
      sync: sync || false,
      fsync: fsync || false,
      append: append || false,
      mode,
      retryEAGAIN: retryEAGAIN || (() => true),
      mkdir: mkdir || false,
      maxWriteRetries: maxWriteRetries || 0,
    };
    for (const name of ['hwm', 'minLength', 'maxLength', 'maxWrite', 'periodicFlush', 'maxWriteRetries']) {
      validateUint32(settings[name], `options.${name}`);
    }
    for (const name of ['sync', 'fsync', 'append', 'mkdir']) validateBoolean(settings[name], `options.${name}`);
    validateFunction(settings.retryEAGAIN, 'options.retryEAGAIN');
    if (contentMode !== 'buffer' && contentMode !== 'utf8') {
      throw codes.ERR_INVALID_ARG_VALUE('options.contentMode', contentMode, "must be one of: 'buffer', 'utf8'");
    }
    this.#options = settings;
    this.#mode = contentMode === 'buffer' ? bufferMode : utf8Mode;
    this.#q = { bufs: [], lens: [], writingBuf: this.#mode.empty, maxWrite: settings.maxWrite };

    if (typeof fd === 'number') {
      this.#fd = fd;
      process.nextTick(() => this.emit('ready'));
    } else if (typeof fd === 'string') {
      this.#openFile(fd);
    } else {
      throw codes.ERR_INVALID_ARG_TYPE('fd', ['number', 'string'], fd);
    }
    if (settings.minLength >= settings.maxWrite) {
      throw codes.ERR_INVALID_ARG_VALUE('minLength', settings.minLength,
        `should be smaller than maxWrite (${settings.maxWrite})`, RangeError);
    }
    this.on('newListener', (name) => {
      if (name === 'drain') this.#asyncDrainScheduled = false;
    });
    if (settings.periodicFlush !== 0) {
      this.#periodicFlushTimer = setInterval(() => {
        if (this.#flushPending === 0 && this.#flushInProgress === 0) this.flush();
      }, settings.periodicFlush);
      this.#periodicFlushTimer.unref();
    }
  }

  /** Queues data; false once the queue is over the high-water mark. */
  write(data) {
    if (this.#destroyed) throw destroyedError();
    data = this.#mode.accept(data);
    const { hwm, maxLength, minLength } = this.#options;
    const len = this.#len + data.length;
    if (maxLength && len > maxLength) {
      this.emit('drop', data);
      return this.#len < hwm;
    }
    this.#mode.queue(this.#q, data);
    this.#len = len;
    if (!this.#writing && this.#len >= minLength) this.#actualWrite();
    return this.#len < hwm;
  }

  /** Writes everything queued; cb(err) once it is written and fsynced. */
  flush(cb = () => {}) {
    validateFunction(cb, 'cb');
    if (this.#destroyed) {
      cb(destroyedError());
      return;
    }
    if (this.#options.minLength <= 0 && !this.#writing && this.#len === 0) {
      cb();
      return;
    }
    this.#callFlushCallbackOnDrain(cb);
    if (this.#writing) return;
    if (this.#q.bufs.length === 0) this.#mode.placeholder(this.#q);
    this.#actualWrite();
  }

  /** Writes everything queued, now, on the loop thread. */
  flushSync() {
    const state = this.#beginFlushSync();
    try {
      // The unwritten rest of the current chunk goes first, unless its
      // asynchronous write is still in flight.
      if (state !== IN_FLIGHT && this.#q.writingBuf.length > 0) {
        this.#mode.requeue(this.#q, this.#q.writingBuf);
        this.#q.writingBuf = this.#mode.empty;
      }
      let chunk = this.#mode.empty;
      while (this.#q.bufs.length || chunk.length) {
        if (chunk.length <= 0) chunk = this.#mode.first(this.#q);
        try {
          const bytes = this.#mode.writeSync(this.#fs, this.#fd, chunk);
          this.#writeRetries = 0;
          const count = this.#mode.written(chunk, bytes);
          chunk = chunk.slice(count);
          this.#len = Math.max(this.#len - count, 0);
          if (chunk.length <= 0) this.#mode.dropFirst(this.#q);
        } catch (err) {
          if (!this.#shouldRetry(err, chunk.length, this.#len - chunk.length)) throw err;
          ops.sleep(kRetryDelay);
        }
      }
    } finally {
      if (state === RETRY_CANCELLED) this.#endFlushSyncRetry();
    }
    if (this.#mode.syncsAfterFlushSync) {
      try {
        this.#fs.fsyncSync(this.#fd);
      } catch {
        // Not every fd can be synced.
      }
    }
  }

  /** Opens the file again (or `file` instead), as after log rotation. */
  reopen(file) {
    if (this.#destroyed) throw destroyedError();
    if (this.#opening) {
      this.once('ready', () => {
        if (!this.#destroyed) this.reopen(file);
      });
      return;
    }
    if (this.#ending) return;
    if (!this.#file) {
      throw makeError(Error, 'ERR_OPERATION_FAILED',
        'Operation failed: Unable to reopen a file descriptor, you must pass a file to SonicBoom');
    }
    if (file) this.#file = file;
    this.#reopening = true;
    if (this.#writing) return;
    const fd = this.#fd;
    this.once('ready', () => {
      if (fd !== this.#fd) {
        this.#fs.close(fd, (err) => {
          if (err) this.emit('error', err);
        });
      }
    });
    this.#openFile(this.#file);
  }

  /** Writes what is queued, then closes the file ('finish', 'close'). */
  end() {
    if (this.#destroyed) throw destroyedError();
    if (this.#opening) {
      this.once('ready', () => {
        if (!this.#destroyed) this.end();
      });
      return;
    }
    if (this.#ending) return;
    this.#ending = true;
    if (this.#writing) return;
    if (this.#len > 0 && this.#fd >= 0) this.#actualWrite();
    else this.#finishEnding();
  }

  /** Closes the file at once; what is queued is dropped. */
  destroy() {
    if (this.#destroyed) return;
    const opening = this.#opening;
    this.#actualClose();
    if (opening && this.#flushPending > 0) this.emit('error', destroyedError());
  }

  [Symbol.dispose]() {
    this.destroy();
  }

  get mode() { return this.#options.mode; }
  get file() { return this.#file; }
  get fd() { return this.#fd; }
  get minLength() { return this.#options.minLength; }
  get maxLength() { return this.#options.maxLength; }
  get writing() { return this.#writing; }
  get sync() { return this.#options.sync; }
  get fsync() { return this.#options.fsync; }
  get append() { return this.#options.append; }
  get periodicFlush() { return this.#options.periodicFlush; }
  get contentMode() { return this.#mode.name; }
  get mkdir() { return this.#options.mkdir; }

  // Whether a failed write is tried again (counting the retries).
  #shouldRetry(err, writing, remaining) {
    const retryable = isRetryable(err);
    if (retryable) this.#writeRetries++;
    const exhausted = this.#options.maxWriteRetries > 0 && this.#writeRetries > this.#options.maxWriteRetries;
    return retryable && !exhausted && this.#options.retryEAGAIN(err, writing, remaining);
  }

  #writeCurrent() {
    this.#mode.write(this.#fs, this.#fd, this.#q.writingBuf, (err, bytes) => this.#release(err, bytes));
  }

  // After a write of the current chunk: the next step of the queue.
  #release(err, bytes) {
    if (err) {
      if (this.#shouldRetry(err, this.#q.writingBuf.length, this.#len - this.#q.writingBuf.length)) {
        if (this.#options.sync) {
          // EAGAIN even in sync mode (a non-blocking fd): wait, then go on.
          try {
            ops.sleep(kRetryDelay);
            this.#release(undefined, 0);
          } catch (sleepErr) {
            this.#release(sleepErr);
          }
        } else {
          this.#retryTimer = setTimeout(() => {
            this.#retryTimer = null;
            this.#writeCurrent();
          }, kRetryDelay);
        }
      } else {
        this.#writing = false;
        this.emit('error', err);
      }
      return;
    }
    // Only real progress resets the retry count.
    if (bytes > 0) this.#writeRetries = 0;
    this.#consume(bytes);
    // 'write' sees the bytes released and nothing in flight.
    this.#emittingWrite = true;
    try {
      this.emit('write', bytes);
    } finally {
      this.#emittingWrite = false;
    }
    if (this.#q.writingBuf.length) {
      if (!this.#options.sync) {
        this.#writeCurrent();
        return;
      }
      try {
        do this.#consume(this.#mode.writeSync(this.#fs, this.#fd, this.#q.writingBuf));
        while (this.#q.writingBuf.length);
      } catch (writeErr) {
        this.#release(writeErr);
        return;
      }
    }
    if (this.#destroyed) {
      this.#writing = false;
      if (this.#flushPending > 0) {
        if (this.#len === 0) this.#scheduleDrain();
        else this.emit('error', destroyedError());
      }
      return;
    }
    if (this.#options.fsync) this.#fs.fsyncSync(this.#fd);
    const len = this.#len;
    if (this.#reopening) {
      this.#writing = false;
      this.#reopening = false;
      this.reopen();
    } else if (len > 0 && (len > this.#options.minLength || this.#flushPending)) {
      this.#actualWrite();
    } else if (this.#ending) {
      if (len > 0) {
        this.#actualWrite();
      } else {
        this.#writing = false;
        this.#finishEnding();
      }
    } else {
      this.#writing = false;
      this.#scheduleDrain();
    }
  }

  // Drops the first `bytes` written bytes from the current chunk.
  #consume(bytes) {
    const count = this.#mode.written(this.#q.writingBuf, bytes);
    this.#len = Math.max(this.#len - count, 0);
    this.#q.writingBuf = this.#q.writingBuf.slice(count);
  }

  #openFile(file) {
    this.#opening = true;
    this.#writing = true;
    this.#asyncDrainScheduled = false;
    const { sync, mkdir, append, mode } = this.#options;
    // 'error' and 'ready' matter only to async streams: a sync stream
    // reports on the next tick (and throws the open error).
    const opened = (err, fd) => {
      if (err) {
        this.#reopening = false;
        this.#writing = false;
        this.#opening = false;
        if (sync) {
          process.nextTick(() => {
            if (this.listenerCount('error') > 0) this.emit('error', err);
          });
        } else {
          this.emit('error', err);
        }
        return;
      }
      const reopening = this.#reopening;
      this.#fd = fd;
      this.#file = file;
      this.#reopening = false;
      this.#opening = false;
      this.#writing = false;
      if (sync) process.nextTick(() => this.emit('ready'));
      else this.emit('ready');
      if (this.#destroyed) return;
      if (!this.#writing && (this.#len > this.#options.minLength || this.#flushPending)) {
        this.#actualWrite();
      } else if (reopening && !this.#writing) {
        // A 'ready' listener that started a write gets its own 'drain'.
        process.nextTick(() => this.#emitDrain());
      }
    };
    const flags = append ? 'a' : 'w';
    if (sync) {
      try {
        if (mkdir) this.#fs.mkdirSync(dirname(file), { recursive: true });
        opened(null, this.#fs.openSync(file, flags, mode));
      } catch (err) {
        opened(err);
        throw err;
      }
    } else if (mkdir) {
      this.#fs.mkdir(dirname(file), { recursive: true }, (err) => {
        if (err) opened(err);
        else this.#fs.open(file, flags, mode, opened);
      });
    } else {
      this.#fs.open(file, flags, mode, opened);
    }
  }

  #scheduleDrain() {
    if (!this.#options.sync) {
      this.#emitDrain();
    } else if (!this.#asyncDrainScheduled) {
      this.#asyncDrainScheduled = true;
      process.nextTick(() => this.#emitDrain());
    }
  }

  #emitDrain() {
    this.#asyncDrainScheduled = false;
    if (this.#writing) return;
    this.#emitFlush();
    if (this.#writing || this.#destroyed) return;
    if (this.listenerCount('drain') > 0) this.emit('drain');
  }

  #finishEnding() {
    if (!this.#ending || this.#writing || this.#destroyed) return;
    if (this.#len > 0) {
      this.#actualWrite();
      return;
    }
    if (this.#flushPending > 0) this.#emitFlush();
    if (this.#flushPending === 0 && this.#flushInProgress === 0 && !this.#writing && this.#len === 0) {
      this.#actualClose();
    }
  }

  #emitFlush() {
    if (this.#emittingFlush) return;
    this.#emittingFlush = true;
    try {
      this.emit(kFlush);
    } finally {
      this.#emittingFlush = false;
    }
  }

  #actualClose() {
    if (this.#destroyed) return;
    if (this.#fd === -1) {
      // Not open yet: close once it is.
      this.#destroyed = true;
      this.once('ready', () => {
        this.#destroyed = false;
        this.#actualClose();
      });
      return;
    }
    if (this.#periodicFlushTimer !== undefined) clearInterval(this.#periodicFlushTimer);
    this.#destroyed = true;
    this.#q.bufs = [];
    this.#q.lens = [];
    const done = (err) => {
      if (err) {
        this.emit('error', err);
        return;
      }
      if (this.#ending && !this.#writing) this.emit('finish');
      this.emit('close');
    };
    // fsync errors are ignored; stdout and stderr stay open.
    const close = () => {
      if (this.#fd !== 1 && this.#fd !== 2) this.#fs.close(this.#fd, done);
      else done();
    };
    try {
      this.#fs.fsync(this.#fd, close);
    } catch {
      // A custom fs may throw; the stream is closed regardless.
    }
  }

  #actualWrite() {
    this.#writing = true;
    this.#q.writingBuf = this.#mode.next(this.#q);
    if (this.#options.sync) {
      let bytes;
      try {
        bytes = this.#mode.writeSync(this.#fs, this.#fd, this.#q.writingBuf);
      } catch (err) {
        this.#release(err);
        return;
      }
      this.#release(null, bytes);
      return;
    }
    // A Buffer chunk is copied, as the bytes of a string would be.
    if (this.#mode === bufferMode) this.#q.writingBuf = Buffer.from(this.#q.writingBuf);
    this.#writeCurrent();
  }

  // How flushSync() must deal with the write in progress, if any.
  #beginFlushSync() {
    if (this.#destroyed) throw destroyedError();
    if (this.#fd < 0) throw codes.ERR_INVALID_STATE('Invalid file descriptor');
    // Reopening: nothing in flight, and the old fd still takes the data.
    if (!this.#writing || this.#opening) return IDLE;
    if (this.#retryTimer !== null) {
      clearTimeout(this.#retryTimer);
      this.#retryTimer = null;
      return RETRY_CANCELLED;
    }
    return this.#emittingWrite ? IN_WRITE_EVENT : IN_FLIGHT;
  }

  // After flushSync() took over a write waiting to be retried: what the
  // write's completion would have done next.
  #endFlushSyncRetry() {
    this.#writing = false;
    process.nextTick(() => {
      if (this.#destroyed || this.#writing) return;
      if (this.#reopening) {
        this.#reopening = false;
        this.reopen();
      } else if (this.#ending) {
        this.#finishEnding();
      } else if (this.#len > 0 && (this.#len > this.#options.minLength || this.#flushPending)) {
        this.#actualWrite();
      } else {
        this.#emitDrain();
      }
    });
  }

  // Calls cb once the queue drains and the fd is synced (or on an error).
  #callFlushCallbackOnDrain(cb) {
    this.#flushPending++;
    let waiting = true;
    let completed = false;
    let flushing = false;
    const stopWaiting = () => {
      if (!waiting) return false;
      waiting = false;
      this.off(kFlush, onDrain);
      this.off('error', onError);
      return true;
    };
    const complete = (err, finish = true) => {
      if (completed) return;
      completed = true;
      if (flushing) this.#flushInProgress--;
      try {
        cb(err);
      } finally {
        if (finish) this.#finishEnding();
      }
    };
    const onDrain = () => {
      if (!stopWaiting()) return;
      this.#flushPending--;
      this.#flushInProgress++;
      flushing = true;
      // With the fsync option every write was synced already.
      if (this.#options.fsync || this.#destroyed) {
        complete();
        return;
      }
      try {
        this.#fs.fsync(this.#fd, (err) => complete(err && unsyncable.has(err.code) ? undefined : err));
      } catch (err) {
        complete(err);
      }
    };
    const onError = (err) => {
      if (!stopWaiting()) return;
      this.#flushPending--;
      complete(err, false);
    };
    this.once(kFlush, onDrain);
    this.once('error', onError);
  }
}

module.exports = { Utf8Stream };
