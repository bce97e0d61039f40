'use strict';
// http.OutgoingMessage: the headers and body of a response a server sends
// or a request a client sends. Headers are kept here until the head goes
// out; then one `http_send` call frames the head (the headers Node adds
// are decided in Rust) with the first body piece and writes what fits at
// once. Later pieces are one call each; bytes that do not fit go through
// the socket's own write queue, so order and backpressure hold.

const Stream = require('stream');
const { Buffer } = require('buffer');
const { codes } = require('internal/errors');
const {
  validateHeaderName, validateHeaderValue, checkInvalidHeaderChar, wants, decided,
} = require('internal/http/common');

const ops = binding.ops.net;

const kOutHeaders = Symbol('kOutHeaders');
const kNeedDrain = Symbol('kNeedDrain');
const kFirstLine = Symbol('firstLine');
const kSent = Symbol('bytesSent');
const kTickBytes = Symbol('tickBytes');

class OutgoingMessage extends Stream {
  constructor(options = undefined) {
    super();
    this.outputData = [];
    this.outputSize = 0;
    this.writable = true;
    this.destroyed = false;
    this._last = false;
    this.chunkedEncoding = false;
    this.shouldKeepAlive = true;
    this.maxRequestsOnConnectionReached = false;
    this._defaultKeepAlive = true;
    this.useChunkedEncodingByDefault = true;
    this.sendDate = false;
    this._removedConnection = false;
    this._removedContLen = false;
    this._removedTE = false;
    this.strictContentLength = false;
    this._contentLength = null;
    this._hasBody = true;
    this._trailer = [];
    this.finished = false;
    this._headerSent = false;
    this._header = null;
    this._keepAliveTimeout = 0;
    this._maxRequestsPerSocket = 0;
    this.socket = null;
    this[kOutHeaders] = null;
    this[kNeedDrain] = false;
    this[kFirstLine] = null;
    this[kSent] = 0;
    this[kTickBytes] = 0;
    this._corked = 0;
    this._highWaterMark = options?.highWaterMark ?? 16 * 1024;
    this._rejectNonStandardBodyWrites = options?.rejectNonStandardBodyWrites ?? false;
  }

  get connection() {
    return this.socket;
  }

  get writableFinished() {
    return this.finished && this.outputSize === 0 && (this.socket === null || this.socket.writableLength === 0);
  }

  get writableObjectMode() {
    return false;
  }

  get writableLength() {
    return this.outputSize + (this.socket?.writableLength ?? 0);
  }

  get writableHighWaterMark() {
    return this.socket?.writableHighWaterMark ?? this._highWaterMark;
  }

  get writableCorked() {
    return this._corked;
  }

  get writableEnded() {
    return this.finished;
  }

  get writableNeedDrain() {
    return !this.destroyed && !this.finished && this[kNeedDrain];
  }

  get closed() {
    return Boolean(this._closed);
  }

  get headersSent() {
    return Boolean(this._header);
  }

  cork() {
    this._corked++;
    this.socket?.cork();
  }

  uncork() {
    if (this._corked > 0) this._corked--;
    this.socket?.uncork();
  }

  setTimeout(msecs, callback) {
    if (callback) this.on('timeout', callback);
    if (this.socket) this.socket.setTimeout(msecs);
    else this.once('socket', (socket) => socket.setTimeout(msecs));
    return this;
  }

  destroy(error) {
    if (this.destroyed) return this;
    this.destroyed = true;
    if (this.socket) this.socket.destroy(error);
    else this.once('socket', (socket) => socket.destroy(error));
    return this;
  }

  setHeader(name, value) {
    if (this._header) throw codes.ERR_HTTP_HEADERS_SENT('set');
    validateHeaderName(name);
    validateHeaderValue(name, value);
    (this[kOutHeaders] ??= { __proto__: null })[name.toLowerCase()] = [name, value];
    return this;
  }

  setHeaders(headers) {
    if (this._header) throw codes.ERR_HTTP_HEADERS_SENT('set');
    if (!headers || Array.isArray(headers) || typeof headers.keys !== 'function' || typeof headers.get !== 'function') {
      throw codes.ERR_INVALID_ARG_TYPE('headers', ['Headers', 'Map'], headers);
    }
    for (const key of headers.keys()) this.setHeader(key, headers.get(key));
    return this;
  }

  appendHeader(name, value) {
    if (this._header) throw codes.ERR_HTTP_HEADERS_SENT('append');
    validateHeaderName(name);
    validateHeaderValue(name, value);
    const key = name.toLowerCase();
    const headers = (this[kOutHeaders] ??= { __proto__: null });
    if (headers[key] === undefined) {
      headers[key] = [name, value];
    } else {
      const existing = headers[key][1];
      headers[key][1] = [].concat(existing, value);
    }
    return this;
  }

  getHeader(name) {
    if (typeof name !== 'string') throw codes.ERR_INVALID_ARG_TYPE('name', 'string', name);
    return this[kOutHeaders]?.[name.toLowerCase()]?.[1];
  }

  getHeaderNames() {
    return this[kOutHeaders] === null ? [] : Object.keys(this[kOutHeaders]);
  }

  getRawHeaderNames() {
    return this[kOutHeaders] === null ? [] : Object.values(this[kOutHeaders]).map(([name]) => name);
  }

  getHeaders() {
    const headers = { __proto__: null };
    for (const key in this[kOutHeaders]) headers[key] = this[kOutHeaders][key][1];
    return headers;
  }

  hasHeader(name) {
    if (typeof name !== 'string') throw codes.ERR_INVALID_ARG_TYPE('name', 'string', name);
    return this[kOutHeaders]?.[name.toLowerCase()] !== undefined;
  }

  removeHeader(name) {
    if (typeof name !== 'string') throw codes.ERR_INVALID_ARG_TYPE('name', 'string', name);
    if (this._header) throw codes.ERR_HTTP_HEADERS_SENT('remove');
    const key = name.toLowerCase();
    if (key === 'connection') this._removedConnection = true;
    else if (key === 'content-length') this._removedContLen = true;
    else if (key === 'transfer-encoding') this._removedTE = true;
    else if (key === 'date') this.sendDate = false;
    if (this[kOutHeaders] !== null) delete this[kOutHeaders][key];
  }

  addTrailers(headers) {
    const pairs = Array.isArray(headers) ? headers : Object.keys(headers).map((key) => [key, headers[key]]);
    for (const [name, value] of pairs) {
      validateHeaderName(name, 'Trailer name');
      if (checkInvalidHeaderChar(String(value))) throw codes.ERR_INVALID_CHAR('trailer content', name);
      this._trailer.push(name, String(value));
    }
  }

  pipe() {
    // An OutgoingMessage is write-only.
    this.emit('error', codes.ERR_STREAM_CANNOT_PIPE());
  }

  flushHeaders() {
    if (!this._header) this._implicitHeader();
    this._send(null, false, null);
  }

  /** Freezes the head: its first line and headers are decided. */
  _storeHead(firstLine, rawHeaders = undefined) {
    this[kFirstLine] = firstLine;
    this._header = true;
    if (rawHeaders !== undefined) this._rawHeadHeaders = rawHeaders;
  }

  /** The head's headers, flat name, value pairs as strings. */
  _flatHeaders() {
    if (this._rawHeadHeaders !== undefined) return this._rawHeadHeaders;
    const flat = [];
    for (const key in this[kOutHeaders]) {
      const [name, value] = this[kOutHeaders][key];
      if (Array.isArray(value)) {
        if (value.length >= 2 && key === 'cookie') flat.push(name, value.join('; '));
        else for (const one of value) flat.push(name, String(one));
      } else {
        flat.push(name, String(value));
      }
    }
    return flat;
  }

  write(chunk, encoding, callback) {
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = null;
    }
    const ok = this._write(chunk, encoding, callback, false);
    if (!ok) this[kNeedDrain] = true;
    return ok;
  }

  _write(chunk, encoding, callback, fromEnd) {
    if (typeof callback !== 'function') callback = undefined;
    if (chunk === null) throw codes.ERR_STREAM_NULL_VALUES();
    if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
      throw codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
    }
    if (this.finished) {
      const err = codes.ERR_STREAM_WRITE_AFTER_END();
      if (!this.destroyed) {
        process.nextTick(() => {
          callback?.(err);
          if (!this.destroyed) this.emit('error', err);
        });
      }
      return true;
    }
    if (this.destroyed) {
      const err = codes.ERR_STREAM_DESTROYED('write');
      process.nextTick(() => callback?.(err));
      return false;
    }
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, encoding ?? 'utf8') : chunk;
    // As Node's write_: once the head is decided, a body outgrowing its
    // length throws.
    if (this._header) this._checkLength(this[kSent] + bytes.length, fromEnd);
    if (!this._header) {
      if (fromEnd) this._contentLength = bytes.length;
      this._implicitHeader();
    }
    if (!this._hasBody) {
      if (this._rejectNonStandardBodyWrites) throw codes.ERR_HTTP_BODY_NOT_ALLOWED();
      if (callback) process.nextTick(callback);
      return true;
    }
    if (bytes.length === 0 && !fromEnd) {
      if (callback) process.nextTick(callback);
      return true;
    }
    this[kSent] += bytes.length;
    const sent = this._send(bytes, fromEnd, callback);
    return this._countTick(bytes.length) && sent;
  }

  /** Node corks the socket for the rest of the tick on every write(), so
   * write() says "wait for drain" once a tick's writes reach the high-water
   * mark, even when the socket took them; that drain comes next tick. */
  _countTick(length) {
    if (this[kTickBytes] === 0) {
      process.nextTick(() => {
        this[kTickBytes] = 0;
        if (this[kNeedDrain] && this.writableLength === 0 && !this.finished) {
          this[kNeedDrain] = false;
          this.emit('drain');
        }
      });
    }
    this[kTickBytes] += length;
    return this[kTickBytes] < this.writableHighWaterMark;
  }

  end(chunk, encoding, callback) {
    if (typeof chunk === 'function') {
      callback = chunk;
      chunk = null;
    } else if (typeof encoding === 'function') {
      callback = encoding;
      encoding = null;
    }
    if (this.finished) {
      if (chunk) {
        this._write(chunk, encoding, callback, true);
      } else if (typeof callback === 'function') {
        if (this.writableFinished) process.nextTick(callback, codes.ERR_STREAM_ALREADY_FINISHED('end'));
        else this.once('finish', callback);
      }
      return this;
    }
    if (typeof callback === 'function') this.once('finish', callback);
    const onSent = () => {
      if (this.socket?._hadError) return;
      this.emit('finish');
    };
    if (chunk) {
      if (!this._header) {
        const length = typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding ?? 'utf8') : chunk?.length;
        if (length !== undefined) this._contentLength = length;
      }
      if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
        throw codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
      }
      if (!this._header) this._implicitHeader();
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, encoding ?? 'utf8') : chunk;
      const length = this._hasBody ? bytes.length : 0;
      this._checkLength(this[kSent] + length, true);
      this[kSent] += length;
      this._send(this._hasBody ? bytes : null, true, onSent);
    } else {
      if (!this._header) {
        this._contentLength = 0;
        this._implicitHeader();
      }
      this._checkLength(this[kSent], true);
      this._send(null, true, onSent);
    }
    this.finished = true;
    if (this.outputData.length === 0 && this.socket?._httpMessage === this) this._finish();
    return this;
  }

  /** With strictContentLength, a body of `total` bytes must not outgrow
   * the promised length, and at the end must match it. */
  _checkLength(total, atEnd) {
    const expected = this._strictLength();
    if (expected !== null && (atEnd ? total !== expected : total > expected)) {
      throw codes.ERR_HTTP_CONTENT_LENGTH_MISMATCH(total, expected);
    }
  }

  /** The body length strictContentLength holds the message to (Node's
   * strictContentLength()): the Content-Length header's, else the one
   * end() decided; null when there is none to hold to. */
  _strictLength() {
    if (!this.strictContentLength || !this._hasBody || this._removedContLen || this.chunkedEncoding) return null;
    if (this[kOutHeaders] !== null && this.hasHeader('transfer-encoding')) return null;
    const header = this[kOutHeaders] !== null ? this.getHeader('content-length') : undefined;
    if (header !== undefined) return +header;
    return typeof this._contentLength === 'number' ? this._contentLength : null;
  }

  _finish() {
    this.emit('prefinish');
  }

  /** The `wants` bits of this message's head. */
  _wants() {
    let bits = 0;
    if (this._hasBody) bits |= wants.BODY;
    if (this.shouldKeepAlive) bits |= wants.KEEP_ALIVE;
    if (this.useChunkedEncodingByDefault) bits |= wants.CHUNKED_BY_DEFAULT;
    if (this.sendDate) bits |= wants.DATE;
    if (this.agent) bits |= wants.AGENT;
    if (this.maxRequestsOnConnectionReached) bits |= wants.LAST_REQUEST;
    if (this._removedConnection) bits |= wants.NO_CONNECTION;
    if (this._removedContLen) bits |= wants.NO_LENGTH;
    if (this._removedTE) bits |= wants.NO_TRANSFER_ENCODING;
    if (this.statusCode === 204 || this.statusCode === 304) bits |= wants.BODILESS_STATUS;
    return bits;
  }

  /** Frames the head (if not sent yet) and `body`, with the last chunk when
   * `end`; writes at once what fits when nothing waits before it. */
  _send(body, end, callback) {
    const socket = this.socket;
    const direct = socket !== null && socket._httpMessage === this && socket._handle !== null && !socket.connecting &&
      socket.writableLength === 0 && !socket.writableCorked && this.outputData.length === 0;
    let firstLine = null;
    let headers;
    if (!this._headerSent) {
      firstLine = this[kFirstLine];
      headers = this._flatHeaders();
      this._headerSent = true;
    }
    const length = typeof this._contentLength === 'number' ? this._contentLength : -1;
    const [outcome, rest, written] = ops.http_send(direct ? socket._handle : -1, direct, firstLine, headers,
      this._wants(), length, this._keepAliveTimeout || 0, this._maxRequestsPerSocket || 0, body, end && this._hasBody,
      this.chunkedEncoding, end ? this._trailer : undefined);
    if (firstLine !== null) {
      if (outcome & decided.LAST) this._last = true;
      this.chunkedEncoding = Boolean(outcome & decided.CHUNKED);
      if (outcome & decided.BAD_TRAILER) throw codes.ERR_HTTP_TRAILER_INVALID();
    }
    if (written > 0) socket._recordWritten(written);
    if (rest === null && direct) {
      if (callback) process.nextTick(callback);
      return true;
    }
    // Not this message's turn yet: even an empty piece waits in line, so
    // its callback ('finish') keeps its place.
    const bytes = rest === null ? Buffer.alloc(0) : Buffer.from(rest);
    if (socket !== null && socket._httpMessage === this && this.outputData.length === 0) {
      return socket.write(bytes, callback ?? undefined);
    }
    this.outputData.push({ data: bytes, callback });
    this.outputSize += bytes.length;
    return this.outputSize < this._highWaterMark;
  }

  /** Writes what waited for the socket (a pipelined response's turn). */
  _flushOutput(socket) {
    let ok = true;
    const pending = this.outputData;
    this.outputData = [];
    this.outputSize = 0;
    for (const { data, callback } of pending) ok = socket.write(data, callback ?? undefined);
    if (this.finished) this._finish();
    else if (ok && this[kNeedDrain]) {
      this[kNeedDrain] = false;
      this.emit('drain');
    }
  }

  /** Writes raw bytes ahead of the message (100 Continue, 103 Early Hints). */
  _writeRaw(data, encoding, callback) {
    if (this.socket === null || this.socket.destroyed) return false;
    return this.socket.write(data, encoding, callback);
  }

  _implicitHeader() {
    throw codes.ERR_METHOD_NOT_IMPLEMENTED('_implicitHeader()');
  }
}

module.exports = { OutgoingMessage, kOutHeaders, kNeedDrain };
