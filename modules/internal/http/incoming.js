'use strict';
// http.IncomingMessage: a request a server received or a response a
// client received, as a Readable of its body. The net plugin's parser
// hands over the head in one piece; body pieces are pushed as they come.

const { Readable } = require('stream');
const { addHeaderLine } = require('internal/http/common');

const kHeaders = Symbol('headers');
const kTrailers = Symbol('trailers');

class IncomingMessage extends Readable {
  constructor(socket) {
    super(socket ? { highWaterMark: socket.readableHighWaterMark } : undefined);
    this._readableState.readingMore = true;
    this.socket = socket;
    this.httpVersionMajor = null;
    this.httpVersionMinor = null;
    this.httpVersion = null;
    this.complete = false;
    this.rawHeaders = [];
    this.rawTrailers = [];
    this.joinDuplicateHeaders = false;
    this.aborted = false;
    this.upgrade = null;
    this.url = '';
    this.method = null;
    this.statusCode = null;
    this.statusMessage = null;
    this.client = socket;
    this[kHeaders] = null;
    this[kTrailers] = null;
    this._consuming = false;
    this._dumped = false;
    /** Called when the body's reader wants more (the socket resumes). */
    this._onWantMore = null;
  }

  get connection() {
    return this.socket;
  }

  set connection(socket) {
    this.socket = socket;
  }

  get headers() {
    if (this[kHeaders] === null) this[kHeaders] = collect(this.rawHeaders, this.joinDuplicateHeaders);
    return this[kHeaders];
  }

  set headers(value) {
    this[kHeaders] = value;
  }

  get headersDistinct() {
    return distinct(this.rawHeaders);
  }

  get trailers() {
    if (this[kTrailers] === null) this[kTrailers] = collect(this.rawTrailers, this.joinDuplicateHeaders);
    return this[kTrailers];
  }

  set trailers(value) {
    this[kTrailers] = value;
  }

  get trailersDistinct() {
    return distinct(this.rawTrailers);
  }

  setTimeout(msecs, callback) {
    if (callback) this.on('timeout', callback);
    this.socket.setTimeout(msecs);
    return this;
  }

  _read() {
    if (!this._consuming) {
      this._readableState.readingMore = false;
      this._consuming = true;
    }
    if (this._onWantMore !== null) this._onWantMore();
  }

  _destroy(err, callback) {
    if (!this.readableEnded || !this.complete) {
      this.aborted = true;
      this.emit('aborted');
    }
    // The error reaches the message only when someone listens for it.
    const done = (error) => process.nextTick(() => callback(this.listenerCount('error') > 0 ? error : undefined));
    // A message whose body is not all read leaves the socket unusable.
    if (this.socket && !this.socket.destroyed && this.aborted) {
      this.socket.destroy(err);
      this.socket.once('close', () => done(err));
      return;
    }
    if (err === null || err === undefined) callback();
    else done(err);
  }

  /** Reads and drops the rest of the body (nobody wanted it). */
  _dump() {
    if (!this._dumped) {
      this._dumped = true;
      this.removeAllListeners('data');
      // A body already all here ends at once; else it is read and dropped.
      if (this.complete && !this.destroyed && this.readableLength === 0) this.read(0);
      else this.resume();
    }
  }

  /** The head the parser read: version, raw headers. */
  _setHead(minor, rawHeaders) {
    this.httpVersionMajor = 1;
    this.httpVersionMinor = minor;
    this.httpVersion = `1.${minor}`;
    this.rawHeaders = rawHeaders;
  }

  /** The end of the body, with the trailers that came after it. */
  _finish(rawTrailers) {
    this.rawTrailers = rawTrailers;
    this.complete = true;
    this.push(null);
  }
}

/** `rawHeaders` as Node's headers object. */
function collect(rawHeaders, joinDuplicates) {
  const headers = {};
  for (let i = 0; i < rawHeaders.length; i += 2) addHeaderLine(headers, rawHeaders[i], rawHeaders[i + 1], joinDuplicates);
  return headers;
}

/** Every value of every header, as arrays. */
function distinct(rawHeaders) {
  const headers = {};
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const name = rawHeaders[i].toLowerCase();
    (headers[name] ??= []).push(rawHeaders[i + 1]);
  }
  return headers;
}

module.exports = { IncomingMessage };
