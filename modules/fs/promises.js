'use strict';
// node:fs/promises — the promise forms of the fs operations (run on the
// kernel's thread pool) and FileHandle.

const operations = require('internal/fs/operations');
const { runAsync } = require('internal/fs/run');
const { constants } = require('internal/fs/utils');

const kFd = Symbol('kFd');

function promiseForm(name, operation) {
  return { async [name](...args) { return runAsync(operation, args); } }[name];
}

// A FileHandle given where a path may be is its descriptor.
const unwrap = (file) => (file instanceof FileHandle ? file.fd : file);

/** FileHandle: an open file, closed with `close()`. */
class FileHandle {
  constructor(fd) {
    this[kFd] = fd;
  }

  /** The descriptor (-1 once closed). */
  get fd() {
    return this[kFd];
  }

  /** Closes the file. */
  async close() {
    const fd = this[kFd];
    if (fd === -1) return;
    this[kFd] = -1;
    await runAsync(operations.close, [fd]);
  }

  async [Symbol.asyncDispose]() {
    await this.close();
  }

  /** Reads into a buffer → { bytesRead, buffer }. */
  async read(buffer, offset, length, position) {
    const [bytesRead, filled] = await runAsync(operations.read, [this.fd, buffer, offset, length, position]);
    return { bytesRead, buffer: filled };
  }

  /** Writes a buffer or string → { bytesWritten, buffer }. */
  async write(data, offset, length, position) {
    const [bytesWritten, written] = await runAsync(operations.write, [this.fd, data, offset, length, position]);
    return { bytesWritten, buffer: written };
  }

  readFile(options) {
    return runAsync(operations.readFile, [this.fd, options]);
  }

  writeFile(data, options) {
    return runAsync(operations.writeFile, [this.fd, data, options]);
  }

  appendFile(data, options) {
    return runAsync(operations.writeFile, [this.fd, data, options]);
  }

  stat(options) {
    return runAsync(operations.fstat, [this.fd, options]);
  }

  truncate(len) {
    return runAsync(operations.ftruncate, [this.fd, len]);
  }

  chmod(mode) {
    return runAsync(operations.fchmod, [this.fd, mode]);
  }

  utimes(atime, mtime) {
    return runAsync(operations.futimes, [this.fd, atime, mtime]);
  }

  sync() {
    return runAsync(operations.fsync, [this.fd]);
  }

  datasync() {
    return runAsync(operations.fdatasync, [this.fd]);
  }

  /** A ReadStream over this file (closing the handle when it ends). */
  createReadStream(options) {
    return require('internal/fs/streams').createReadStream(null, { ...options, fd: this });
  }

  /** A WriteStream over this file. */
  createWriteStream(options) {
    return require('internal/fs/streams').createWriteStream(null, { ...options, fd: this });
  }
}

const skip = new Set(['exists', 'close', 'fstat', 'ftruncate', 'fsync', 'fdatasync', 'fchmod', 'futimes', 'read', 'write']);
for (const [name, operation] of Object.entries(operations)) {
  if (!skip.has(name)) exports[name] = promiseForm(name, operation);
}

exports.open = async function open(path, flags, mode) {
  return new FileHandle(await runAsync(operations.open, [path, flags, mode]));
};

exports.readFile = async function readFile(path, options) {
  return runAsync(operations.readFile, [unwrap(path), options]);
};

exports.writeFile = async function writeFile(path, data, options) {
  return runAsync(operations.writeFile, [unwrap(path), data, options]);
};

exports.appendFile = async function appendFile(path, data, options) {
  return runAsync(operations.appendFile, [unwrap(path), data, options]);
};

exports.constants = constants;
exports.FileHandle = FileHandle;
Object.defineProperty(exports, 'FileHandle', { enumerable: false });
