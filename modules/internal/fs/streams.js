'use strict';
// fs.ReadStream and fs.WriteStream: files as streams. Every read and write
// is one fs-plugin op on the kernel's thread pool; a read's bytes arrive as
// a fresh buffer that becomes the pushed chunk without a copy, so a stream
// copy holds at most a few highWaterMarks of data at a time.

const { Readable } = require('internal/streams/readable');
const { Writable } = require('internal/streams/writable');
const { codes, validateInteger } = require('internal/errors');
const { ops, uvException, getValidatedPath, getOptions, stringToFlags, writes, parseMode } =
  require('internal/fs/utils');
const { Buffer } = require('buffer');

const kFileHandle = Symbol('kFileHandle');

function validateRange(options) {
  if (options.start !== undefined) validateInteger(options.start, 'start', 0);
  if (options.end === undefined || options.end === Infinity) return;
  validateInteger(options.end, 'end', 0);
  if (options.start !== undefined && options.start > options.end) {
    throw codes.ERR_OUT_OF_RANGE('start', `<= "end" (here: ${options.end})`, options.start);
  }
}

// What ReadStream and WriteStream share: the path or fd, opening in
// _construct, closing in _destroy.
function setUp(stream, path, options, defaultFlags) {
  const handle = options.fd !== null && typeof options.fd === 'object' ? options.fd : undefined;
  stream[kFileHandle] = handle;
  stream.fd = handle ? handle.fd : options.fd === undefined ? null : options.fd;
  if (stream.fd !== null) validateInteger(stream.fd, 'fd', 0, 2147483647);
  stream.path = stream.fd === null ? getValidatedPath(path) : undefined;
  stream.flags = options.flags === undefined ? defaultFlags : options.flags;
  stream.mode = parseMode(options.mode, 'mode', 0o666);
  stream.start = options.start;
  stream.autoClose = options.autoClose === undefined ? true : options.autoClose;
  stream.pos = options.start;
  if (options.fs) throw codes.ERR_METHOD_NOT_IMPLEMENTED('the fs option of file streams');
}

function construct(callback) {
  if (this.fd !== null) {
    callback();
    return;
  }
  const flags = stringToFlags(this.flags);
  ops[writes(flags) ? 'open_write' : 'open']((err, fd) => {
    if (err) {
      callback(uvException(err, true));
      return;
    }
    this.fd = fd;
    callback();
    this.emit('open', this.fd);
    this.emit('ready');
  }, this.path, flags, this.mode);
}

function destroy(err, callback) {
  const close = () => {
    if (this.fd === null || !this.autoClose) {
      callback(err);
      return;
    }
    const fd = this.fd;
    this.fd = null;
    if (this[kFileHandle]) {
      this[kFileHandle].close().then(() => callback(err), (closeErr) => callback(err || closeErr));
      return;
    }
    ops.close((closeErr) => callback(err || (closeErr && uvException(closeErr, true))), fd);
  };
  if (this._pendingOp) this.once(kPendingDone, close);
  else close();
}

const kPendingDone = Symbol('kPendingDone');

function finishPending(stream) {
  stream._pendingOp = false;
  stream.emit(kPendingDone);
}

function close(callback) {
  if (typeof callback === 'function') require('internal/streams/end_of_stream').eos(this, callback);
  this.destroy();
}

/** fs.ReadStream: a file's bytes from `start` to `end` (inclusive). */
function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = { ...getOptions(options, {}) };
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  if (options.autoDestroy === undefined) options.autoDestroy = options.autoClose !== false;
  validateRange(options);
  setUp(this, path, options, 'r');
  this.end = options.end === undefined ? Infinity : options.end;
  this.bytesRead = 0;
  this._pendingOp = false;
  Readable.call(this, options);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

ReadStream.prototype._construct = construct;
ReadStream.prototype._destroy = destroy;
ReadStream.prototype.close = close;

ReadStream.prototype._read = function (n) {
  n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) : Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  this._pendingOp = true;
  ops.read((err, bytes) => {
    finishPending(this);
    if (err) {
      this.destroy(uvException(err, true));
      return;
    }
    if (this.destroyed) return;
    if (bytes.byteLength === 0) {
      this.push(null);
      return;
    }
    if (this.pos !== undefined) this.pos += bytes.byteLength;
    this.bytesRead += bytes.byteLength;
    this.push(Buffer.from(bytes));
  }, this.fd, n, this.pos === undefined ? -1 : this.pos);
};

Object.defineProperty(ReadStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});

/** fs.WriteStream: writes to a file from `start` (or its end with 'a'). */
function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = { ...getOptions(options, {}) };
  options.decodeStrings = true;
  if (options.autoDestroy === undefined) options.autoDestroy = options.autoClose !== false;
  if (options.start !== undefined) validateInteger(options.start, 'start', 0);
  setUp(this, path, options, 'w');
  this.bytesWritten = 0;
  this._pendingOp = false;
  Writable.call(this, options);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

WriteStream.prototype._construct = construct;
WriteStream.prototype._destroy = destroy;
WriteStream.prototype.close = function (callback) {
  if (callback) {
    if (this.closed) {
      process.nextTick(callback);
      return;
    }
    this.on('close', callback);
  }
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};
WriteStream.prototype.destroySoon = WriteStream.prototype.end;

function writeBytes(stream, bytes, callback) {
  stream._pendingOp = true;
  ops.write((err, written) => {
    finishPending(stream);
    if (err) {
      callback(uvException(err, true));
      return;
    }
    stream.bytesWritten += written;
    callback();
  }, stream.fd, bytes, stream.pos === undefined ? -1 : stream.pos);
  if (stream.pos !== undefined) stream.pos += bytes.length;
}

WriteStream.prototype._write = function (data, encoding, callback) {
  writeBytes(this, data, callback);
};

WriteStream.prototype._writev = function (chunks, callback) {
  writeBytes(this, Buffer.concat(chunks.map(({ chunk }) => chunk)), callback);
};

Object.defineProperty(WriteStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});

function createReadStream(path, options) {
  return new ReadStream(path, options);
}

function createWriteStream(path, options) {
  return new WriteStream(path, options);
}

module.exports = { ReadStream, WriteStream, createReadStream, createWriteStream };
