'use strict';
// node:stream — Readable, Writable, Duplex, Transform, PassThrough,
// pipeline and finished. `require('stream')` is the legacy Stream class
// with the others attached, as in Node.

const { Stream } = require('internal/streams/legacy');
const { Readable } = require('internal/streams/readable');
const { Writable } = require('internal/streams/writable');
const { Duplex } = require('internal/streams/duplex');
const { Transform, PassThrough } = require('internal/streams/transform');
const { pipeline } = require('internal/streams/pipeline');
const { eos } = require('internal/streams/end_of_stream');
const { addAbortSignal } = require('internal/streams/add_abort_signal');
const { getDefaultHighWaterMark, setDefaultHighWaterMark } = require('internal/streams/state');

const promises = require('stream/promises');

Object.assign(Stream, {
  Stream, Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished: eos, addAbortSignal,
  getDefaultHighWaterMark, setDefaultHighWaterMark,
  isReadable: (stream) => !!stream && stream.readable === true,
  isErrored: (stream) => !!stream && !!(stream.errored || stream.readableAborted || stream.writableAborted),
  isDisturbed: (stream) => !!stream && !!(stream.readableDidRead || stream.readableAborted),
});
Object.defineProperty(Stream, 'promises', { value: promises, enumerable: true, configurable: true });
Object.defineProperty(pipeline, Symbol.for('nodejs.util.promisify.custom'), { value: promises.pipeline });
Object.defineProperty(eos, Symbol.for('nodejs.util.promisify.custom'), { value: promises.finished });

module.exports = Stream;
