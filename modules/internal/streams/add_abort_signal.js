'use strict';
// addAbortSignal(signal, stream): destroys the stream with an AbortError
// when the signal aborts.

const { codes, abortError, validateAbortSignal } = require('internal/errors');

function addAbortSignal(signal, stream) {
  validateAbortSignal(signal, 'signal');
  if (!stream || typeof stream.destroy !== 'function') {
    throw codes.ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  const onAbort = () => stream.destroy(abortError(signal));
  if (signal.aborted) {
    onAbort();
  } else {
    signal.addEventListener('abort', onAbort, { once: true });
    require('internal/streams/end_of_stream').eos(stream, () => signal.removeEventListener('abort', onAbort));
  }
  return stream;
}

module.exports = { addAbortSignal };
