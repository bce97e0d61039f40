'use strict';
// process.stdout, process.stderr and process.stdin as streams. Output is
// written synchronously (as Node does for files, pipes and terminals on
// Linux) through the host's buffered standard output; input is read from
// fd 0 on the thread pool.

const { Writable } = require('internal/streams/writable');
const { Readable } = require('internal/streams/readable');
const { Buffer } = require('buffer');

function markStdio(stream, fd) {
  stream.fd = fd;
  if (binding.isatty(fd)) stream.isTTY = true;
  stream._isStdio = true;
  return stream;
}

/** A Writable over fd 1 or 2; destroying it never closes the fd. */
function createWritableStdio(fd, write) {
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

module.exports = { createWritableStdio, createStdin };
