'use strict';
// finished(stream, options, callback): calls back once the stream has
// ended, finished, closed or failed (Node's end-of-stream).

const { codes, validateFunction, validateAbortSignal } = require('internal/errors');
const { isReadableNodeStream, isWritableNodeStream, isNodeStream } = require('internal/streams/utils');

function isReadableFinished(stream, strict) {
  const state = stream._readableState;
  if (!state || state.errored) return false;
  return !!(state.endEmitted || (strict === false && state.ended === true && state.length === 0));
}

function isWritableFinished(stream, strict) {
  const state = stream._writableState;
  if (!state || state.errored) return false;
  return !!(state.finished || (strict === false && state.ended === true && state.length === 0));
}

function isReadableStream(stream) {
  const r = stream._readableState;
  return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !isReadableFinished(stream);
}

function isWritableStream(stream) {
  const w = stream._writableState;
  return !!w && w.writable !== false && !w.destroyed && !w.errored && !w.ending;
}

const isRequest = (stream) => stream.setHeader && typeof stream.abort === 'function';
const nop = () => {};

/** finished(): `callback(err)` once `stream` is done; returns a cleanup. */
function eos(stream, options, callback) {
  if (arguments.length === 2) {
    callback = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else if (typeof options !== 'object') {
    throw codes.ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
  validateFunction(callback, 'callback');
  validateAbortSignal(options.signal, 'options.signal');
  if (!isNodeStream(stream)) {
    throw codes.ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  let done = false;
  const original = callback;
  callback = function (...args) {
    if (done) return;
    done = true;
    original.apply(stream, args);
  };
  const readable = options.readable ?? isReadableNodeStream(stream);
  const writable = options.writable ?? isWritableNodeStream(stream);
  const wState = stream._writableState;
  const rState = stream._readableState;

  const onlegacyfinish = () => {
    if (!stream.writable) onfinish();
  };
  let willEmitClose = (wState && wState.autoDestroy && wState.emitClose && wState.closed === false) ||
    (rState && rState.autoDestroy && rState.emitClose && rState.closed === false);
  let writableFinished = isWritableFinished(stream, false);
  const onfinish = () => {
    writableFinished = true;
    if (stream.destroyed) willEmitClose = false;
    if (willEmitClose && (!stream.readable || readable)) return;
    if (!readable || readableFinished) callback.call(stream);
  };
  let readableFinished = isReadableFinished(stream, false);
  const onend = () => {
    readableFinished = true;
    if (stream.destroyed) willEmitClose = false;
    if (willEmitClose && (!stream.writable || writable)) return;
    if (!writable || writableFinished) callback.call(stream);
  };
  const onerror = (err) => callback.call(stream, err);
  let closed = (wState && wState.closed) || (rState && rState.closed);
  const onclose = () => {
    closed = true;
    const errored = (wState && wState.errored) || (rState && rState.errored);
    if (errored && typeof errored !== 'boolean') return callback.call(stream, errored);
    if (readable && !readableFinished && isReadableNodeStream(stream)) {
      if (!isReadableFinished(stream, false)) return callback.call(stream, codes.ERR_STREAM_PREMATURE_CLOSE());
    }
    if (writable && !writableFinished) {
      if (!isWritableFinished(stream, false)) return callback.call(stream, codes.ERR_STREAM_PREMATURE_CLOSE());
    }
    callback.call(stream);
  };
  const onclosed = () => {
    closed = true;
    const errored = (wState && wState.errored) || (rState && rState.errored);
    if (errored && typeof errored !== 'boolean') return callback.call(stream, errored);
    callback.call(stream);
  };
  const onrequest = () => stream.req.on('finish', onfinish);

  if (isRequest(stream)) {
    stream.on('complete', onfinish);
    if (!willEmitClose) stream.on('abort', onclose);
    if (stream.req) onrequest();
    else stream.on('request', onrequest);
  } else if (writable && !wState) {
    stream.on('end', onlegacyfinish);
    stream.on('close', onlegacyfinish);
  }
  if (!willEmitClose && typeof stream.aborted === 'boolean') stream.on('aborted', onclose);
  stream.on('end', onend);
  stream.on('finish', onfinish);
  if (options.error !== false) stream.on('error', onerror);
  stream.on('close', onclose);

  if (closed) {
    process.nextTick(onclose);
  } else if ((wState && wState.errorEmitted) || (rState && rState.errorEmitted)) {
    if (!willEmitClose) process.nextTick(onclosed);
  } else if (!readable && (!willEmitClose || isReadableStream(stream)) && (writableFinished || isWritableStream(stream) === false)) {
    process.nextTick(onclosed);
  } else if (!writable && (!willEmitClose || isWritableStream(stream)) && (readableFinished || isReadableStream(stream) === false)) {
    process.nextTick(onclosed);
  } else if (rState && stream.req && stream.aborted) {
    process.nextTick(onclosed);
  }

  const cleanup = () => {
    callback = nop;
    stream.removeListener('aborted', onclose);
    stream.removeListener('complete', onfinish);
    stream.removeListener('abort', onclose);
    stream.removeListener('request', onrequest);
    if (stream.req) stream.req.removeListener('finish', onfinish);
    stream.removeListener('end', onlegacyfinish);
    stream.removeListener('close', onlegacyfinish);
    stream.removeListener('finish', onfinish);
    stream.removeListener('end', onend);
    stream.removeListener('error', onerror);
    stream.removeListener('close', onclose);
  };

  if (options.signal && !closed) {
    const abort = () => {
      const endCallback = callback;
      cleanup();
      endCallback.call(stream, require('internal/errors').abortError(options.signal));
    };
    if (options.signal.aborted) {
      process.nextTick(abort);
    } else {
      const originalCallback = callback;
      options.signal.addEventListener('abort', abort);
      callback = function (...args) {
        options.signal.removeEventListener('abort', abort);
        originalCallback.apply(stream, args);
      };
    }
  }
  return cleanup;
}

/** finished() as a promise. */
function finishedPromise(stream, opts) {
  return new Promise((resolve, reject) => {
    eos(stream, opts, (err) => (err ? reject(err) : resolve()));
  });
}

module.exports = { eos, finishedPromise };
