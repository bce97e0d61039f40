'use strict';
// process.stdout, process.stderr and process.stdin as streams. Output is
// written synchronously (as Node does for files, pipes and terminals on
// Linux) through the host's buffered standard output; input is read from
// fd 0 on the thread pool.

// The stream modules load with the first stream.
const streams = () => ({
  Writable: require('internal/streams/writable').Writable,
  Readable: require('internal/streams/readable').Readable,
  Buffer: require('buffer').Buffer,
});

function markStdio(stream, fd) {
  stream.fd = fd;
  if (binding.isatty(fd)) stream.isTTY = true;
  stream._isStdio = true;
  return stream;
}

/** A Writable over fd 1 or 2; destroying it never closes the fd. */
// Writable's own write(), once a writable stdio stream exists.
let writableWrite;

function createWritableStdio(fd, write) {
  const { Writable, Buffer } = streams();
  writableWrite = Writable.prototype.write;
  const stream = new Writable({
    decodeStrings: false,
    write(chunk, encoding, callback) {
      write(typeof chunk === 'string' && encoding !== 'utf8' && encoding !== 'buffer'
        ? Buffer.from(chunk, encoding) : chunk);
      callback();
    },
    destroy(err, callback) {
      callback(err);
    },
  });
  stream.destroySoon = stream.destroy;
  return markStdio(stream, fd);
}

/** A Readable over fd 0: each read is one pool read of up to 64 KiB. */
function createStdin() {
  const fs = binding.ops.fs;
  if (fs === undefined) throw new Error('process.stdin is not available: this build has no fs plugin');
  const { uvException } = require('internal/fs/utils');
  const { Readable, Buffer } = streams();
  const stream = new Readable({
    highWaterMark: 64 * 1024,
    read(size) {
      fs.read((err, bytes) => {
        if (err) this.destroy(uvException(err, true));
        else if (bytes.byteLength === 0) this.push(null);
        else this.push(Buffer.from(bytes));
      }, 0, size, -1);
    },
    destroy(err, callback) {
      callback(err);
    },
  });
  return markStdio(stream, 0);
}

// process.stdin, stdout and stderr by fd: made on first use (streams cost
// start-up time), or what the program put in their place.
const makers = [
  createStdin,
  () => createWritableStdio(1, binding.writeStdout),
  () => createWritableStdio(2, binding.writeStderr),
];
const made = [undefined, undefined, undefined];
const replaced = [false, false, false];
const current = [undefined, undefined, undefined];

/** process.stdin (0), process.stdout (1) or process.stderr (2). */
function getStdio(fd) {
  if (!replaced[fd] && current[fd] === undefined) current[fd] = made[fd] = makers[fd]();
  return current[fd];
}

/** Puts `value` in the place of process.stdin, stdout or stderr. */
function setStdio(fd, value) {
  replaced[fd] = true;
  current[fd] = value;
}

/**
 * Whether text for fd 1 or 2 that would go through `stream` (by default
 * what process.stdout or stderr is now) may go straight to the host: it is
 * bistro's own stream, its write method untouched, nothing buffered, not
 * ended — writing through it would do just that (or it was never made).
 */
function writesDirectly(fd, stream = undefined) {
  if (stream === undefined) {
    if (replaced[fd]) return false;
    stream = made[fd];
    if (stream === undefined) return true;
  }
  return stream === made[fd] && stream.write === writableWrite && stream.writableLength === 0 &&
    stream.writableCorked === 0 && !stream.writableEnded && !stream.destroyed;
}

module.exports = { createWritableStdio, createStdin, getStdio, setStdio, writesDirectly };
