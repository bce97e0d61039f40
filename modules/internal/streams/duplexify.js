'use strict';
// Duplex.from(body): a Duplex made of whatever `body` is — a stream, an
// iterable, an async generator function (its input is what is written),
// an async function (it consumes the written side), a promise, a Blob,
// or a `{ readable, writable }` pair.

const { codes, abortError } = require('internal/errors');
const {
  isReadable, isWritable, isIterable, isNodeStream, isReadableNodeStream, isWritableNodeStream, isDuplexNodeStream,
} = require('internal/streams/utils');
const { eos } = require('internal/streams/end_of_stream');
const { destroyer } = require('internal/streams/destroy');
const { Duplex } = require('internal/streams/duplex');
const { Readable } = require('internal/streams/readable');
const { from } = require('internal/streams/from');
const { forwardWritable } = require('internal/streams/forward_writable');

/** The class of the Duplexes Duplex.from makes (its name shows in inspect). */
class Duplexify extends Duplex {}

/** duplexify(body, name): the Duplex for `body` (`name` is for errors). */
function duplexify(body, name) {
  if (isDuplexNodeStream(body)) return body;
  if (isReadableNodeStream(body)) return fromPair({ readable: body });
  if (isWritableNodeStream(body)) return fromPair({ writable: body });
  if (isNodeStream(body)) return fromPair({ writable: false, readable: false });

  if (typeof body === 'function') {
    const { value, write, final, destroy } = fromAsyncGen(body);
    // `body` may have been a stream constructor rather than a generator.
    if (isDuplexNodeStream(value)) return value;
    if (isIterable(value)) return from(Duplexify, value, { objectMode: true, write, final, destroy });
    const then = value && value.then;
    if (typeof then === 'function') {
      let d;
      let finalized = false;
      const promise = then.call(value, (val) => {
        if (val != null) throw codes.ERR_INVALID_RETURN_VALUE('nully', 'body', val);
        // Returned without consuming all the input: destroy, so that a
        // pipeline destroys what writes into it.
        if (!finalized) destroyer(d);
      }, (err) => {
        destroyer(d, err);
      });
      d = new Duplexify({
        objectMode: true,
        readable: false,
        write,
        final(cb) {
          finalized = true;
          final(async () => {
            try {
              await promise;
              process.nextTick(cb, null);
            } catch (err) {
              process.nextTick(cb, err);
            }
          });
        },
        destroy,
      });
      return d;
    }
    throw codes.ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or AsyncFunction', name, value);
  }

  const { Blob } = require('internal/blob');
  if (body instanceof Blob) return duplexify(body.arrayBuffer());

  if (isIterable(body)) return from(Duplexify, body, { objectMode: true, writable: false });

  if (body && (typeof body.writable === 'object' || typeof body.readable === 'object')) {
    const readable = body.readable
      ? (isReadableNodeStream(body.readable) ? body.readable : duplexify(body.readable))
      : undefined;
    const writable = body.writable
      ? (isWritableNodeStream(body.writable) ? body.writable : duplexify(body.writable))
      : undefined;
    return fromPair({ readable, writable });
  }

  const then = body && body.then;
  if (typeof then === 'function') {
    let d;
    then.call(body, (val) => {
      if (val != null) d.push(val);
      d.push(null);
    }, (err) => {
      destroyer(d, err);
    });
    d = new Duplexify({ objectMode: true, writable: false, read() {} });
    return d;
  }

  throw codes.ERR_INVALID_ARG_TYPE(name, ['Blob', 'ReadableStream', 'WritableStream', 'Stream', 'Iterable',
    'AsyncIterable', 'Function', '{ readable, writable } pair', 'Promise'], body);
}

// Calls `fn(source, { signal })` with an async iterable of what gets
// written; write/final/destroy feed that iterable.
function fromAsyncGen(fn) {
  let { promise, resolve } = Promise.withResolvers();
  const ac = new AbortController();
  const signal = ac.signal;
  const value = fn((async function* () {
    while (true) {
      const current = promise;
      promise = null;
      const { chunk, done, cb } = await current;
      process.nextTick(cb);
      if (done) return;
      if (signal.aborted) throw abortError(signal);
      ({ promise, resolve } = Promise.withResolvers());
      yield chunk;
    }
  })(), { signal });

  return {
    value,
    write(chunk, encoding, cb) {
      const settle = resolve;
      resolve = null;
      settle({ chunk, done: false, cb });
    },
    final(cb) {
      const settle = resolve;
      resolve = null;
      settle({ done: true, cb });
    },
    destroy(err, cb) {
      ac.abort(err);
      // Unblock a source waiting for the next write, so it sees the abort.
      if (resolve !== null) {
        const settle = resolve;
        resolve = null;
        settle({ done: true, cb() {} });
      }
      cb(err);
    },
  };
}

// A Duplex reading from `pair.readable` and writing to `pair.writable`.
function fromPair(pair) {
  const r = pair.readable && typeof pair.readable.read !== 'function' ? Readable.wrap(pair.readable) : pair.readable;
  const w = pair.writable;
  let readable = !!isReadable(r);
  let writable = !!isWritable(w);
  let dropWaiting = () => {};
  let onreadable;
  let onclose;
  let d;

  function onfinished(err) {
    const cb = onclose;
    onclose = null;
    if (cb) cb(err);
    else if (err) d.destroy(err);
  }

  d = new Duplexify({
    readableObjectMode: !!(r && r.readableObjectMode),
    writableObjectMode: !!(w && w.writableObjectMode),
    readable,
    writable,
  });

  if (writable) {
    eos(w, (err) => {
      writable = false;
      if (err) destroyer(r, err);
      onfinished(err);
    });
    dropWaiting = forwardWritable(d, w, (done) => w.on('finish', done));
  }

  if (readable) {
    eos(r, (err) => {
      readable = false;
      if (err) destroyer(w, err);
      onfinished(err);
    });
    r.on('readable', () => {
      if (onreadable) {
        const cb = onreadable;
        onreadable = null;
        cb();
      }
    });
    r.on('end', () => {
      d.push(null);
    });
    d._read = function () {
      while (true) {
        const buf = r.read();
        if (buf === null) {
          onreadable = d._read;
          return;
        }
        if (!d.push(buf)) return;
      }
    };
  }

  d._destroy = function (err, callback) {
    if (!err && onclose !== null) err = abortError();
    onreadable = null;
    dropWaiting();
    if (onclose === null) {
      callback(err);
    } else {
      onclose = callback;
      destroyer(w, err);
      destroyer(r, err);
    }
  };

  return d;
}

module.exports = { duplexify };
