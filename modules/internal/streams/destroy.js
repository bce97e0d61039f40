'use strict';
// Destroying streams: destroy(), errorOrDestroy() and the 'error' then
// 'close' events, in Node's order and ticks.

const { codes, abortError } = require('internal/errors');
const { isDestroyed, isFinished, kIsDestroyed } = require('internal/streams/utils');

const kDestroy = Symbol('kDestroy');

function checkError(err, w, r) {
  if (err) {
    err.stack; // eslint-disable-line no-unused-expressions -- capture it before it is rethrown elsewhere
    if (w && !w.errored) w.errored = err;
    if (r && !r.errored) r.errored = err;
  }
}

/** stream.destroy(err, cb): tears the stream down once. */
function destroy(err, cb) {
  const r = this._readableState;
  const w = this._writableState;
  const s = w || r;
  if ((w && w.destroyed) || (r && r.destroyed)) {
    if (typeof cb === 'function') cb();
    return this;
  }
  checkError(err, w, r);
  if (w) w.destroyed = true;
  if (r) r.destroyed = true;
  if (!s.constructed) {
    this.once(kDestroy, (er) => destroyNow(this, err || er, cb));
  } else {
    destroyNow(this, err, cb);
  }
  return this;
}

function destroyNow(self, err, cb) {
  let called = false;
  function onDestroy(err) {
    if (called) return;
    called = true;
    const r = self._readableState;
    const w = self._writableState;
    checkError(err, w, r);
    if (w) w.closed = true;
    if (r) r.closed = true;
    if (typeof cb === 'function') cb(err);
    if (err) process.nextTick(emitErrorCloseNT, self, err);
    else process.nextTick(emitCloseNT, self);
  }
  try {
    self._destroy(err || null, onDestroy);
  } catch (thrown) {
    onDestroy(thrown);
  }
}

function emitErrorCloseNT(self, err) {
  emitErrorNT(self, err);
  emitCloseNT(self);
}

function emitCloseNT(self) {
  const r = self._readableState;
  const w = self._writableState;
  if (w) w.closeEmitted = true;
  if (r) r.closeEmitted = true;
  if ((w && w.emitClose) || (r && r.emitClose)) self.emit('close');
}

function emitErrorNT(self, err) {
  const r = self._readableState;
  const w = self._writableState;
  if ((w && w.errorEmitted) || (r && r.errorEmitted)) return;
  if (w) w.errorEmitted = true;
  if (r) r.errorEmitted = true;
  self.emit('error', err);
}

/** Brings a destroyed stream back to life (Node's internal undestroy). */
function undestroy() {
  const r = this._readableState;
  const w = this._writableState;
  if (r) {
    Object.assign(r, { constructed: true, closed: false, closeEmitted: false, destroyed: false, errored: null,
      errorEmitted: false, reading: false, ended: r.readable === false, endEmitted: r.readable === false });
  }
  if (w) {
    Object.assign(w, { constructed: true, destroyed: false, closed: false, closeEmitted: false, errored: null,
      errorEmitted: false, finalCalled: false, prefinished: false, ended: w.writable === false,
      ending: w.writable === false, finished: w.writable === false });
  }
}

/** Errors a stream: destroys it when it auto-destroys, else emits 'error'. */
function errorOrDestroy(stream, err, sync) {
  const r = stream._readableState;
  const w = stream._writableState;
  if ((w && w.destroyed) || (r && r.destroyed)) return;
  if ((r && r.autoDestroy) || (w && w.autoDestroy)) {
    stream.destroy(err);
  } else if (err) {
    err.stack; // eslint-disable-line no-unused-expressions
    if (w && !w.errored) w.errored = err;
    if (r && !r.errored) r.errored = err;
    if (sync) process.nextTick(emitErrorNT, stream, err);
    else emitErrorNT(stream, err);
  }
}

/** Runs the stream's _construct (if any) before anything else happens. */
function construct(stream, cb) {
  if (typeof stream._construct !== 'function') return;
  const r = stream._readableState;
  const w = stream._writableState;
  if (r) r.constructed = false;
  if (w) w.constructed = false;
  stream.once(kConstruct, cb);
  if (stream.listenerCount(kConstruct) > 1) return;
  process.nextTick(constructNT, stream);
}

const kConstruct = Symbol('kConstruct');

function constructNT(stream) {
  let called = false;
  function onConstruct(err) {
    if (called) {
      errorOrDestroy(stream, err !== undefined && err !== null ? err : codes.ERR_MULTIPLE_CALLBACK());
      return;
    }
    called = true;
    const r = stream._readableState;
    const w = stream._writableState;
    const s = w || r;
    if (r) r.constructed = true;
    if (w) w.constructed = true;
    if (s.destroyed) stream.emit(kDestroy, err);
    else if (err) errorOrDestroy(stream, err, true);
    else stream.emit(kConstruct);
  }
  try {
    stream._construct((err) => process.nextTick(onConstruct, err));
  } catch (err) {
    process.nextTick(onConstruct, err);
  }
}

function emitCloseLegacy(stream) {
  stream.emit('close');
}

function emitErrorCloseLegacy(stream, err) {
  stream.emit('error', err);
  process.nextTick(emitCloseLegacy, stream);
}

/** stream.destroy(stream, err): destroys any kind of stream (an unfinished
 * one with an AbortError), old-style ones and HTTP requests included. */
function destroyer(stream, err) {
  if (!stream || isDestroyed(stream)) return;
  if (!err && !isFinished(stream)) err = abortError();
  const isRequest = (s) => s && s.setHeader && typeof s.abort === 'function';
  if (isRequest(stream)) stream.abort();
  else if (isRequest(stream.req)) stream.req.abort();
  else if (typeof stream.destroy === 'function') stream.destroy(err);
  else if (typeof stream.close === 'function') stream.close();
  else if (err) process.nextTick(emitErrorCloseLegacy, stream, err);
  else process.nextTick(emitCloseLegacy, stream);
  if (!stream.destroyed) stream[kIsDestroyed] = true;
}

module.exports = { destroy, undestroy, errorOrDestroy, construct, destroyer };
