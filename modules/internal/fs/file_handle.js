'use strict';
// fs/promises' FileHandle: an open file whose methods run the fs operations
// on its descriptor (on the kernel's thread pool). The descriptor stays open
// while operations are in flight: close() waits for them, and 'close' is
// emitted when close() is called. File streams over a FileHandle hold a
// reference too (kRef/kUnref).

const EventEmitter = require('events');
const operations = require('internal/fs/operations');
const { runAsync } = require('internal/fs/run');
const { Buffer } = require('buffer');

const kFd = Symbol('kFd');
const kRefs = Symbol('kRefs');
const kRef = Symbol('kRef');
const kUnref = Symbol('kUnref');
const kClosing = Symbol('kClosing');
const kCloseSettle = Symbol('kCloseSettle');

/** FileHandle: an open file, closed with `close()`. */
class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kRefs] = 1;
    this[kClosing] = null;
  }

  /** The descriptor (-1 once closed). */
  get fd() {
    return this[kFd];
  }

  // Runs an operation on this file's descriptor, keeping it open meanwhile.
  async #call(operation, args) {
    if (this[kFd] === -1) {
      const err = new Error('file closed');
      err.code = 'EBADF';
      err.syscall = operation.name;
      throw err;
    }
    this[kRef]();
    try {
      return await runAsync(operation, [this[kFd], ...args]);
    } finally {
      this[kUnref]();
    }
  }

  /** Keeps the descriptor open until the matching kUnref. */
  [kRef]() {
    this[kRefs]++;
  }

  /** Drops a reference; the last one closes the descriptor. */
  [kUnref]() {
    if (--this[kRefs] > 0) return;
    const fd = this[kFd];
    this[kFd] = -1;
    const settle = this[kCloseSettle];
    runAsync(operations.close, [fd]).then(settle?.resolve, settle?.reject);
  }

  /** Closes the file (once the operations in flight are done). */
  close = () => {
    if (this[kFd] === -1 && this[kClosing] === null) return Promise.resolve();
    if (this[kClosing] !== null) return this[kClosing];
    const closing = new Promise((resolve, reject) => { this[kCloseSettle] = { resolve, reject }; });
    this[kClosing] = closing.finally(() => {
      this[kClosing] = null;
      this[kCloseSettle] = undefined;
    });
    const promise = this[kClosing];
    this[kUnref]();
    this.emit('close');
    return promise;
  };

  async [Symbol.asyncDispose]() {
    await this.close();
  }

  /** Reads into a buffer → { bytesRead, buffer }: read(buffer, offset,
   * length, position), read(buffer, options) or read(options). A length
   * left out (or null) is the rest of the buffer. */
  async read(buffer, offset, length, position) {
    if (!ArrayBuffer.isView(buffer)) {
      const params = buffer ?? {};
      ({ buffer = Buffer.alloc(16384), offset = 0, length = buffer?.byteLength - offset, position = null } = params);
    } else if (offset !== null && typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
    }
    if (ArrayBuffer.isView(buffer) && Number.isInteger(offset ?? 0)) length ??= buffer.byteLength - (offset ?? 0);
    const [bytesRead, filled] = await this.#call(operations.read, [buffer, offset, length, position]);
    return { __proto__: null, bytesRead, buffer: filled };
  }

  /** Reads into several buffers in turn → { bytesRead, buffers }. */
  async readv(buffers, position) {
    const [bytesRead] = await this.#call(operations.readv, [buffers, position]);
    return { __proto__: null, bytesRead, buffers };
  }

  /** Writes a buffer or string → { bytesWritten, buffer }. */
  async write(data, offset, length, position) {
    const [bytesWritten, buffer] = await this.#call(operations.write, [data, offset, length, position]);
    return { __proto__: null, bytesWritten, buffer };
  }

  /** Writes several buffers in order → { bytesWritten, buffers }. */
  async writev(buffers, position) {
    const [bytesWritten] = await this.#call(operations.writev, [buffers, position]);
    return { __proto__: null, bytesWritten, buffers };
  }

  readFile(options) {
    return this.#call(operations.readFile, [options]);
  }

  writeFile(data, options) {
    return this.#call(writeIterables, [data, options]);
  }

  appendFile(data, options) {
    return this.#call(writeIterables, [data, options]);
  }

  stat(options) {
    return this.#call(operations.fstat, [options]);
  }

  truncate(len = 0) {
    return this.#call(operations.ftruncate, [len]);
  }

  chmod(mode) {
    return this.#call(operations.fchmod, [mode]);
  }

  chown(uid, gid) {
    return this.#call(operations.fchown, [uid, gid]);
  }

  utimes(atime, mtime) {
    return this.#call(operations.futimes, [atime, mtime]);
  }

  sync() {
    return this.#call(operations.fsync, []);
  }

  datasync() {
    return this.#call(operations.fdatasync, []);
  }

  /** A ReadStream over this file (closing the handle when it ends). */
  createReadStream(options) {
    return require('internal/fs/streams').createReadStream(undefined, { ...options, fd: this });
  }

  /** A WriteStream over this file. */
  createWriteStream(options) {
    return require('internal/fs/streams').createWriteStream(undefined, { ...options, fd: this });
  }
}

// writeFile and appendFile with a FileHandle: at the current position.
function* writeIterables(fd, data, options) {
  yield* operations.writeAll(fd, data, options, 'w', true);
}

module.exports = { FileHandle, kRef, kUnref };
