'use strict';
// Readable.from(iterable): a readable stream pulling from a (sync or
// async) iterable; strings and Buffers are one chunk. `Readable` may be
// any Readable subclass (Duplex.from passes its own, with write options).

const { codes, aggregateTwoErrors } = require('internal/errors');
const { Buffer } = require('buffer');

function from(Readable, iterable, opts) {
  let iterator;
  if (typeof iterable === 'string' || iterable instanceof Buffer) {
    return new Readable({
      objectMode: true,
      ...opts,
      read() {
        this.push(iterable);
        this.push(null);
      },
    });
  }
  let isAsync;
  if (iterable && iterable[Symbol.asyncIterator]) {
    isAsync = true;
    iterator = iterable[Symbol.asyncIterator]();
  } else if (iterable && iterable[Symbol.iterator]) {
    isAsync = false;
    iterator = iterable[Symbol.iterator]();
  } else {
    throw codes.ERR_INVALID_ARG_TYPE('iterable', ['Iterable'], iterable);
  }
  const readable = new Readable({ objectMode: true, highWaterMark: 1, ...opts });
  const originalDestroy = readable._destroy;
  let reading = false;
  readable._read = function () {
    if (!reading) {
      reading = true;
      next();
    }
  };
  readable._destroy = function (error, cb) {
    originalDestroy.call(this, error, (destroyError) => {
      const combined = destroyError || error;
      close(combined).then(() => process.nextTick(cb, combined),
        (closeError) => process.nextTick(cb, aggregateTwoErrors(combined, closeError)));
    });
  };
  async function close(error) {
    const hadError = error !== undefined && error !== null;
    const hasThrow = typeof iterator.throw === 'function';
    if (hadError && hasThrow) {
      const { value, done } = await iterator.throw(error);
      await value;
      if (done) return;
    }
    if (typeof iterator.return === 'function') {
      const { value } = await iterator.return();
      await value;
    }
  }
  async function next() {
    for (;;) {
      try {
        const { value, done } = isAsync ? await iterator.next() : iterator.next();
        if (done) {
          readable.push(null);
        } else {
          // An async iterator's values are pushed as they are; a sync one's promises are awaited.
          const res = !isAsync && value && typeof value.then === 'function' ? await value : value;
          if (res === null) {
            reading = false;
            throw codes.ERR_STREAM_NULL_VALUES();
          } else if (readable.push(res)) {
            continue;
          } else {
            reading = false;
          }
        }
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }
  return readable;
}

module.exports = { from };
