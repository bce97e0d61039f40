'use strict';
// duplexPair(options): two Duplex streams joined crosswise, like the two
// ends of a socket: what one side writes, the other side reads.

const { Duplex } = require('internal/streams/duplex');

const kLink = Symbol('kLink');

/** One end of a pair; a write completes once the other end reads it. */
class DuplexSide extends Duplex {
  #otherSide = null;
  #pendingWrite = null;

  /** Joins this end to `otherSide` (once). */
  [kLink](otherSide) {
    if (this.#otherSide === null) this.#otherSide = otherSide;
  }

  _read() {
    const callback = this.#pendingWrite;
    if (callback) {
      this.#pendingWrite = null;
      callback();
    }
  }

  _write(chunk, encoding, callback) {
    if (chunk.length === 0) {
      process.nextTick(callback);
    } else {
      this.#otherSide.push(chunk);
      this.#otherSide.#pendingWrite = callback;
    }
  }

  _final(callback) {
    this.#otherSide.on('end', callback);
    this.#otherSide.push(null);
  }

  _destroy(err, callback) {
    const otherSide = this.#otherSide;
    if (otherSide !== null && !otherSide.destroyed) {
      // Later, so a destroy from deep inside a caller does not run its peer's
      // teardown on the same stack; an error closes the peer without one.
      process.nextTick(() => {
        if (otherSide.destroyed) return;
        if (err) otherSide.destroy();
        else otherSide.push(null);
      });
    }
    callback(err);
  }
}

/** [side0, side1]: writing to one makes it readable from the other. */
function duplexPair(options) {
  const side0 = new DuplexSide(options);
  const side1 = new DuplexSide(options);
  side0[kLink](side1);
  side1[kLink](side0);
  return [side0, side1];
}

module.exports = { duplexPair };
