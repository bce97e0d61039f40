'use strict';
// node:stream — Readable, Writable, Duplex, Transform, PassThrough,
// pipeline, finished, compose, duplexPair and the stream predicates.
// `require('stream')` is the legacy Stream class with the others attached,
// as in Node.

const { Stream } = require('internal/streams/legacy');
const { Readable } = require('internal/streams/readable');
const { Writable } = require('internal/streams/writable');
const { Duplex } = require('internal/streams/duplex');
const { Transform, PassThrough } = require('internal/streams/transform');
const { pipeline } = require('internal/streams/pipeline');
const { eos } = require('internal/streams/end_of_stream');
const { destroyer } = require('internal/streams/destroy');
const { compose } = require('internal/streams/compose');
const { duplexPair } = require('internal/streams/duplexpair');
const { addAbortSignal } = require('internal/streams/add_abort_signal');
const { getDefaultHighWaterMark, setDefaultHighWaterMark } = require('internal/streams/state');
const utils = require('internal/streams/utils');
const { Buffer } = require('buffer');

const promises = require('stream/promises');

Object.assign(Stream, {
  isDestroyed: utils.isDestroyed,
  isDisturbed: utils.isDisturbed,
  isErrored: utils.isErrored,
  isReadable: utils.isReadable,
  isWritable: utils.isWritable,
  Readable, Writable, Duplex, Transform, PassThrough, duplexPair, pipeline, addAbortSignal, finished: eos,
  destroy: destroyer, compose, setDefaultHighWaterMark, getDefaultHighWaterMark,
});
Object.defineProperty(Stream, 'promises', { get: () => promises, enumerable: true, configurable: true });
Object.defineProperty(pipeline, Symbol.for('nodejs.util.promisify.custom'),
  { get: () => promises.pipeline, enumerable: true });
Object.defineProperty(eos, Symbol.for('nodejs.util.promisify.custom'),
  { get: () => promises.finished, enumerable: true });

// Backwards compatibility with node 0.4.
Stream.Stream = Stream;
Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._isUint8Array = (value) => value instanceof Uint8Array;
Stream._uint8ArrayToBuffer = (chunk) => Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);

module.exports = Stream;
