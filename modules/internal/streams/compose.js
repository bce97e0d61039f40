'use strict';
// stream.compose(...streams): a pipeline of streams (and async generator
// functions) as one Duplex: what is written goes into the first, what the
// last produces is read out. A failure anywhere destroys the whole.

const { codes, abortError } = require('internal/errors');
const { pipeline } = require('internal/streams/pipeline');
const { Duplex } = require('internal/streams/duplex');
const { destroyer } = require('internal/streams/destroy');
const { eos } = require('internal/streams/end_of_stream');
const { isNodeStream, isReadable, isWritable } = require('internal/streams/utils');
const { forwardWritable } = require('internal/streams/forward_writable');

/** compose(...streams) → Duplex (one argument: Duplex.from of it). */
function compose(...streams) {
  if (streams.length === 0) throw codes.ERR_MISSING_ARGS('streams');
  if (streams.length === 1) return Duplex.from(streams[0]);
  const original = streams.slice();
  if (typeof streams[0] === 'function') streams[0] = Duplex.from(streams[0]);
  const last = streams.length - 1;
  if (typeof streams[last] === 'function') streams[last] = Duplex.from(streams[last]);

  for (let n = 0; n < streams.length; ++n) {
    if (!isNodeStream(streams[n])) continue;
    if (n < last && !isReadable(streams[n])) {
      throw codes.ERR_INVALID_ARG_VALUE(`streams[${n}]`, original[n], 'must be readable');
    }
    if (n > 0 && !isWritable(streams[n])) {
      throw codes.ERR_INVALID_ARG_VALUE(`streams[${n}]`, original[n], 'must be writable');
    }
  }

  let onclose;
  let d;

  function onfinished(err) {
    const cb = onclose;
    onclose = null;
    if (cb) cb(err);
    else if (err) d.destroy(err);
    else if (!readable && !writable) d.destroy();
  }

  const head = streams[0];
  const tail = pipeline(streams, onfinished);
  const writable = !!isWritable(head);
  const readable = !!isReadable(tail);

  d = new Duplex({
    writableObjectMode: !!(head && head.writableObjectMode),
    readableObjectMode: !!(tail && tail.readableObjectMode),
    writable,
    readable,
  });

  let dropWaiting = () => {};
  if (writable) dropWaiting = forwardWritable(d, head, (done) => eos(tail, () => done()));

  if (readable) {
    d._read = function () {
      tail.resume();
    };
    tail.on('data', (chunk) => {
      if (!d.push(chunk)) tail.pause();
    });
    tail.on('end', () => {
      d.push(null);
    });
  }

  d._destroy = function (err, callback) {
    if (!err && onclose !== null) err = abortError();
    dropWaiting();
    if (isNodeStream(tail)) destroyer(tail, err);
    if (onclose === null) callback(err);
    else onclose = callback;
  };

  return d;
}

module.exports = { compose };
