'use strict';
// fs.ReadStream and fs.WriteStream: files as streams, through the functions
// of `options.fs` (node:fs by default, or a FileHandle's methods). With
// node:fs itself a read is one fs-plugin op on the kernel's thread pool
// whose bytes become the pushed chunk without a copy, so a stream copy
// holds at most a few highWaterMarks of data at a time. As in Node, a
// stream whose `open` method was replaced opens through it, and the file
// is closed only once no read or write is in flight.

const { Readable } = require('internal/streams/readable');
const { Writable } = require('internal/streams/writable');
const { errorOrDestroy } = require('internal/streams/destroy');
const { eos } = require('internal/streams/end_of_stream');
const { codes, makeError, validateFunction, validateInteger } = require('internal/errors');
const { ops, uvException, getValidatedPath, getOptions, validateFd, validateBoolean } = require('internal/fs/utils');
const { FileHandle, kRef, kUnref } = require('internal/fs/file_handle');
const { Buffer } = require('buffer');
const fs = require('fs');

const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kIoDone = Symbol('kIoDone');

const originalRead = fs.read;

/** Opens the file unless an fd was given (through a replaced `open`
 * method, which reports by emitting 'open' or 'error'). */
function construct(callback) {
  if (typeof this.fd === 'number') {
    callback();
    return;
  }
  if (typeof this.open === 'function') {
    const emit = this.emit;
    this.emit = function (...args) {
      if (args[0] === 'open') {
        this.emit = emit;
        callback();
        emit.apply(this, args);
      } else if (args[0] === 'error') {
        this.emit = emit;
        callback(args[1]);
      } else {
        emit.apply(this, args);
      }
    };
    this.open();
    return;
  }
  this[kFs].open(this.path, this.flags, this.mode, (err, fd) => {
    if (err) {
      callback(err);
      return;
    }
    this.fd = fd;
    callback();
    this.emit('open', this.fd);
    this.emit('ready');
  });
}

/** The fs functions of a stream over a FileHandle. */
function fileHandleOperations(handle) {
  const settle = (promise, cb, ok) => promise.then(ok, (err) => cb(err, 0));
  return {
    open() {
      throw codes.ERR_METHOD_NOT_IMPLEMENTED('open()');
    },
    close(fd, cb) {
      handle[kUnref]();
      handle.close().then(() => cb(), cb);
    },
    fsync(fd, cb) {
      handle.sync().then(() => cb(), cb);
    },
    read(fd, buffer, offset, length, position, cb) {
      settle(handle.read(buffer, offset, length, position), cb, (r) => cb(null, r.bytesRead, r.buffer));
    },
    write(fd, buffer, offset, length, position, cb) {
      settle(handle.write(buffer, offset, length, position), cb, (r) => cb(null, r.bytesWritten, r.buffer));
    },
    writev(fd, buffers, position, cb) {
      settle(handle.writev(buffers, position), cb, (r) => cb(null, r.bytesWritten, r.buffers));
    },
  };
}

// Closes the stream's file (after fsync with `flush`).
function closeFile(stream, err, cb) {
  if (stream.fd === null || stream.fd === undefined) {
    cb(err);
    return;
  }
  const close = (error) => {
    stream[kFs].close(stream.fd, (closeErr) => cb(closeErr || error));
    stream.fd = null;
  };
  if (stream.flush) stream[kFs].fsync(stream.fd, (flushErr) => close(err || flushErr));
  else close(err);
}

// Once the read or write in flight (if any) is done, closes the file.
function destroy(err, cb) {
  if (this[kIsPerformingIO]) this.once(kIoDone, (ioErr) => closeFile(this, err || ioErr, cb));
  else closeFile(this, err, cb);
}

/** The fd option: a number or a FileHandle (whose 'close' closes the stream). */
function importFd(stream, options) {
  if (typeof options.fd === 'number') {
    stream[kFs] = options.fs || fs;
    return options.fd;
  }
  if (options.fd instanceof FileHandle) {
    if (options.fs) throw codes.ERR_METHOD_NOT_IMPLEMENTED('FileHandle with fs');
    stream[kHandle] = options.fd;
    stream[kFs] = fileHandleOperations(options.fd);
    options.fd[kRef]();
    options.fd.on('close', stream.close.bind(stream));
    return options.fd.fd;
  }
  throw codes.ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], options.fd);
}

// The options as an own copy (inherited properties included, as Node
// copies them), and the file: an fd, or a path to open with `flags`.
function setUp(stream, path, options, defaultFlags) {
  const given = typeof options === 'string' ? getOptions(options, {}) : options;
  getOptions(given, {});
  const copy = {};
  for (const key in given) copy[key] = given[key];
  if (copy.fd === undefined || copy.fd === null) {
    stream.fd = null;
    stream[kFs] = copy.fs || fs;
    validateFunction(stream[kFs].open, 'options.fs.open');
    stream.path = path;
    stream.flags = copy.flags === undefined ? defaultFlags : copy.flags;
    stream.mode = copy.mode === undefined ? 0o666 : copy.mode;
    getValidatedPath(path);
  } else {
    stream.fd = validateFd(importFd(stream, copy));
  }
  copy.autoDestroy = copy.autoClose === undefined ? true : copy.autoClose;
  if (copy.autoDestroy) validateFunction(stream[kFs].close, 'options.fs.close');
  stream.start = copy.start;
  stream.pos = undefined;
  stream[kIsPerformingIO] = false;
  if (stream.start !== undefined) {
    validateInteger(stream.start, 'start', 0);
    stream.pos = stream.start;
  }
  return copy;
}

// autoClose: the stream state's autoDestroy, on file streams only.
function autoCloseProperty(Stream, name, state) {
  Object.defineProperty(Stream.prototype, 'autoClose', {
    get() {
      if (this === null || typeof this !== 'object' || !(kFs in this)) throw codes.ERR_INVALID_THIS(name);
      return this[state].autoDestroy;
    },
    set(value) {
      if (this === null || typeof this !== 'object' || !(kFs in this)) throw codes.ERR_INVALID_THIS(name);
      this[state].autoDestroy = value;
    },
  });
}

const pending = {
  get() { return this.fd === null; },
  configurable: true,
};

/** fs.ReadStream: a file's bytes from `start` to `end` (inclusive). */
function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = setUp(this, path, options, 'r');
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  validateFunction(this[kFs].read, 'options.fs.read');
  this.end = options.end;
  this.bytesRead = 0;
  if (this.end === undefined) {
    this.end = Infinity;
  } else if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw codes.ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
    }
  }
  Readable.call(this, options);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);
autoCloseProperty(ReadStream, 'ReadStream', '_readableState');

ReadStream.prototype._construct = construct;
ReadStream.prototype._destroy = destroy;

// After a read: pushes the bytes (or the end), unless the stream was
// destroyed meanwhile (then the pending close may go on).
function afterRead(stream, err, bytes) {
  stream[kIsPerformingIO] = false;
  if (stream.destroyed) {
    stream.emit(kIoDone, err);
    return;
  }
  if (err) {
    errorOrDestroy(stream, err);
  } else if (bytes.byteLength > 0) {
    if (stream.pos !== undefined) stream.pos += bytes.byteLength;
    stream.bytesRead += bytes.byteLength;
    stream.push(bytes);
  } else {
    stream.push(null);
  }
}

ReadStream.prototype._read = function (n) {
  n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) : Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  this[kIsPerformingIO] = true;
  if (this[kFs] === fs && fs.read === originalRead) {
    // The op's fresh bytes are the chunk: no buffer to fill and copy.
    ops.read((err, bytes) => afterRead(this, err && uvException(err, true), err ? null : Buffer.from(bytes)),
      this.fd, n, this.pos === undefined ? -1 : this.pos);
    return;
  }
  const buffer = Buffer.allocUnsafeSlow(n);
  this[kFs].read(this.fd, buffer, 0, n, this.pos ?? null, (err, bytesRead, filled = buffer) => {
    afterRead(this, err, err ? null : bytesRead === filled.length ? filled : Buffer.from(filled.subarray(0, bytesRead)));
  });
};

ReadStream.prototype.close = function (callback) {
  if (typeof callback === 'function') eos(this, callback);
  this.destroy();
};

Object.defineProperty(ReadStream.prototype, 'pending', pending);

/** fs.WriteStream: writes to a file from `start` (or its end with 'a'). */
function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = setUp(this, path, options, 'w');
  options.decodeStrings = true;
  const { write, writev } = this[kFs];
  if (!write && !writev) throw codes.ERR_INVALID_ARG_TYPE('options.fs.write', 'function', write);
  if (write) validateFunction(write, 'options.fs.write');
  if (writev) validateFunction(writev, 'options.fs.writev');
  this.flush = options.flush;
  if (this.flush === undefined || this.flush === null) {
    this.flush = false;
  } else {
    validateBoolean(this.flush, 'options.flush');
    validateFunction(this[kFs].fsync, 'options.fs.fsync');
  }
  // Either function is enough; the stream uses the one it has.
  if (!write) this._write = Writable.prototype._write;
  if (!writev) this._writev = null;
  this.bytesWritten = 0;
  Writable.call(this, options);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);
autoCloseProperty(WriteStream, 'WriteStream', '_writableState');

WriteStream.prototype._construct = construct;
WriteStream.prototype._destroy = destroy;

// Writes until every byte is out: a short write or EAGAIN tries the rest
// again, giving up after 5 writes in a row that wrote nothing.
function writeFully(stream, write, data, size, position, cb, retries = 0) {
  write(data, position, (err, written, rest) => {
    if (err?.code === 'EAGAIN') {
      err = null;
      written = 0;
    }
    if (stream.destroyed || err) {
      cb(err || codes.ERR_STREAM_DESTROYED('write'));
      return;
    }
    stream.bytesWritten += written;
    retries = written ? 0 : retries + 1;
    size -= written;
    if (retries > 5) cb(makeError(Error, 'ERR_SYSTEM_ERROR', 'A system error occurred: write failed'));
    else if (size) writeFully(stream, write, rest(written), size, position === null ? null : position + written, cb, retries);
    else cb();
  });
}

// Runs a write, then lets a pending close go on if the stream was destroyed.
function performWrite(stream, data, size, write, cb) {
  stream[kIsPerformingIO] = true;
  writeFully(stream, write, data, size, stream.pos ?? null, (err) => {
    stream[kIsPerformingIO] = false;
    cb(err);
    if (stream.destroyed) stream.emit(kIoDone, err);
  });
  if (stream.pos !== undefined) stream.pos += size;
}

WriteStream.prototype._write = function (data, encoding, cb) {
  const write = (buffer, position, done) => this[kFs].write(this.fd, buffer, 0, buffer.length, position,
    (err, written, used = buffer) => done(err, written, (n) => used.subarray(n)));
  performWrite(this, data, data.length, write, cb);
};

WriteStream.prototype._writev = function (chunks, cb) {
  const buffers = chunks.map(({ chunk }) => chunk);
  const size = buffers.reduce((sum, buffer) => sum + buffer.length, 0);
  const write = (list, position, done) => this[kFs].writev(this.fd, list, position,
    (err, written, used = list) => done(err, written, (n) => [Buffer.concat(used).subarray(n)]));
  performWrite(this, buffers, size, write, cb);
};

WriteStream.prototype.close = function (callback) {
  if (callback) {
    if (this.closed) {
      process.nextTick(callback);
      return;
    }
    this.on('close', callback);
  }
  // Without autoClose, end() alone would leave the file open.
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

// There is no shutdown() for files.
WriteStream.prototype.destroySoon = WriteStream.prototype.end;

Object.defineProperty(WriteStream.prototype, 'pending', pending);

function createReadStream(path, options) {
  return new ReadStream(path, options);
}

function createWriteStream(path, options) {
  return new WriteStream(path, options);
}

module.exports = { ReadStream, WriteStream, createReadStream, createWriteStream };
