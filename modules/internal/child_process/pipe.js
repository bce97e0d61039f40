'use strict';
// The streams over a child's 'pipe' stdio slots (net.Socket in Node): a
// Duplex over the parent's end of a socket pair, writable only for stdin.
// Every read is one `pipe_read` reactor op that answers what the socket
// holds (at most 64 KiB), pushed without a copy; every write one
// `pipe_write`. A pending read keeps the loop alive, as a reading libuv
// pipe does. A stream made for a child that failed to start has no handle
// and ends at once.

const { Duplex } = require('internal/streams/duplex');
const { errnoException } = require('internal/errors');
const { Buffer } = require('buffer');

const ops = binding.ops.process;

/** The parent's end of one stdio socket (Node's Pipe wrap). */
class PipeHandle {
  constructor(rid) {
    this.rid = rid;
  }

  /** Ends a pending read without consuming anything. */
  readStop() {
    if (this.rid !== null) ops.pipe_read_stop(this.rid);
  }

  close() {
    if (this.rid !== null) ops.pipe_close(this.rid);
    this.rid = null;
  }
}

function systemError(err, syscall) {
  return err && typeof err.errno === 'number' ? errnoException(err.errno, syscall) : err;
}

/** A child's stdio slot as a stream; reading starts at once for the
 * slots the child writes to (`readable`), as Node's sockets do. */
function Pipe(handle, readable) {
  if (!(this instanceof Pipe)) return new Pipe(handle, readable);
  Duplex.call(this, { readable, allowHalfOpen: false });
  this._handle = handle;
  if (readable) this.read(0);
}
Object.setPrototypeOf(Pipe.prototype, Duplex.prototype);
Object.setPrototypeOf(Pipe, Duplex);

Pipe.prototype._read = function _read() {
  const handle = this._handle;
  if (handle === null || handle.rid === null) {
    this.push(null);
    return;
  }
  ops.pipe_read((err, bytes) => {
    if (err) {
      this.destroy(systemError(err, 'read'));
    } else if (bytes !== null && !this.destroyed) {
      this.push(bytes.byteLength === 0 ? null : Buffer.from(bytes));
    }
  }, handle.rid);
};

Pipe.prototype._write = function _write(chunk, encoding, callback) {
  const handle = this._handle;
  if (handle === null || handle.rid === null) {
    callback(errnoException(-32, 'write'));
    return;
  }
  ops.pipe_write((err) => callback(systemError(err, 'write')), handle.rid,
    typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk);
};

Pipe.prototype._final = function _final(callback) {
  if (this._handle !== null && this._handle.rid !== null) ops.pipe_shutdown(this._handle.rid);
  callback();
};

// The socket closes at once; 'close' follows in the check phase, about
// when libuv calls a closed handle back (Node's net.Socket emits it then).
Pipe.prototype._destroy = function _destroy(err, callback) {
  if (this._handle !== null) this._handle.close();
  this._handle = null;
  setImmediate(callback, err);
};

/** Stops reading and hands the slot to another child's stdio (Node marks
 * such a stream kIsUsedAsStdio and leaves it alone from then on). */
Pipe.prototype._useAsStdio = function _useAsStdio() {
  if (this._handle !== null) this._handle.readStop();
  this.pause();
  this._readableState.flowing = false;
  this._readableState.reading = false;
  this._usedAsStdio = true;
};

module.exports = { Pipe, PipeHandle };
