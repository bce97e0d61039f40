'use strict';
// http.Server and http.ServerResponse. The server is a net.Server whose
// connections speak HTTP: the net plugin parses each connection's bytes
// and this file turns every parsed head into a request and a response,
// in order (pipelined responses wait for their turn), with keep-alive,
// 100-continue, upgrades and the client-error answers Node gives.

const net = require('net');
const { Buffer } = require('buffer');
const { codes, validateBoolean, validateInteger, validateObject } = require('internal/errors');
const { IncomingMessage } = require('internal/http/incoming');
const { callableClass } = require('internal/callable');
const { OutgoingMessage, kOutHeaders, kNeedDrain } = require('internal/http/outgoing');
const {
  STATUS_CODES, checkInvalidHeaderChar, validateHeaderName, validateHeaderValue, events, headFlags, parseError,
} = require('internal/http/common');

const ops = binding.ops.net;

const kConnections = Symbol('connections');
const kState = Symbol('connectionState');
const kDefaultShouldUpgrade = Symbol('defaultShouldUpgrade');
const DEFAULT_MAX_HEADER_SIZE = 16 * 1024;

const badRequestResponse = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
const headerFieldsTooLargeResponse = 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n';
const requestTimeoutResponse = 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n';
const chunkExtensionsTooLargeResponse = 'HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n';

// What writeEarlyHints takes as a Link value: `<uri>` then `; name` or
// `; name=value` parameters (a value optionally quoted). An array of them
// becomes one header, joined with ', ', as Node sends it.
const linkValueRegExp = /^(?:<[^>\r\n]*>)(?:\s*;\s*[^;"\s]+(?:=(")?[^;"\s]*\1)?)*$/;
const linkFormat = 'must be an array or string of format "</styles.css>; rel=preload; as=style"';

function validateLinkHeaderValue(hints) {
  const check = (value) => {
    if (typeof value === 'undefined' || !linkValueRegExp.test(value)) throw codes.ERR_INVALID_ARG_VALUE('hints', value, linkFormat);
  };
  if (typeof hints === 'string') {
    check(hints);
    return hints;
  }
  if (Array.isArray(hints)) {
    for (const link of hints) check(link);
    return hints.join(', ');
  }
  throw codes.ERR_INVALID_ARG_VALUE('hints', hints, linkFormat);
}

class ServerResponse extends OutgoingMessage {
  constructor(req, options = undefined) {
    super(options);
    if (req.method === 'HEAD') this._hasBody = false;
    this.req = req;
    this.statusCode = 200;
    this.statusMessage = undefined;
    this.sendDate = true;
    this._sent100 = false;
    this._expect_continue = false;
    this._closed = false;
    if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
      this.useChunkedEncodingByDefault = /(?:^|\W)chunked(?:$|\W)/i.test(req.headers?.te ?? '');
      this.shouldKeepAlive = false;
    }
  }

  writeHead(statusCode, reason, headers) {
    if (this._header) throw codes.ERR_HTTP_HEADERS_SENT('write');
    const original = statusCode;
    statusCode |= 0;
    if (statusCode < 100 || statusCode > 999) throw codes.ERR_HTTP_INVALID_STATUS_CODE(original);
    if (typeof reason === 'string') {
      this.statusMessage = reason;
    } else {
      this.statusMessage ||= STATUS_CODES[statusCode] || 'unknown';
      headers ??= reason;
    }
    this.statusCode = statusCode;
    let raw;
    if (this[kOutHeaders] !== null) {
      if (Array.isArray(headers)) {
        if (headers.length % 2 !== 0) throw codes.ERR_INVALID_ARG_VALUE('headers', headers);
        for (let i = 0; i < headers.length; i += 2) this.removeHeader(headers[i]);
        for (let i = 0; i < headers.length; i += 2) if (headers[i]) this.appendHeader(headers[i], headers[i + 1]);
      } else if (headers) {
        for (const key of Object.keys(headers)) if (key) this.setHeader(key, headers[key]);
      }
    } else if (headers) {
      raw = flattenHeaders(headers);
    }
    if (this.statusMessage !== STATUS_CODES[statusCode] && checkInvalidHeaderChar(this.statusMessage)) {
      throw codes.ERR_INVALID_CHAR('statusMessage');
    }
    if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) this._hasBody = false;
    if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;
    this._storeHead(`HTTP/1.1 ${statusCode} ${this.statusMessage}`, raw);
    return this;
  }

  _implicitHeader() {
    this.writeHead(this.statusCode);
  }

  writeContinue(callback) {
    this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', 'ascii', callback);
    this._sent100 = true;
  }

  writeProcessing(callback) {
    this._writeRaw('HTTP/1.1 102 Processing\r\n\r\n', 'ascii', callback);
  }

  writeEarlyHints(hints, callback) {
    validateObject(hints, 'hints');
    if (hints.link === null || hints.link === undefined) return;
    const link = validateLinkHeaderValue(hints.link);
    if (link.length === 0) return;
    if (checkInvalidHeaderChar(link)) throw codes.ERR_INVALID_CHAR('header content', 'Link');
    let head = `HTTP/1.1 103 Early Hints\r\nLink: ${link}\r\n`;
    for (const key of Object.keys(hints)) {
      if (key === 'link') continue;
      validateHeaderName(key);
      validateHeaderValue(key, hints[key]);
      head += `${key}: ${hints[key]}\r\n`;
    }
    this._writeRaw(head + '\r\n', 'ascii', callback);
  }

  assignSocket(socket) {
    if (socket._httpMessage) throw codes.ERR_HTTP_SOCKET_ASSIGNED();
    socket._httpMessage = this;
    socket.on('close', onResponseSocketClose);
    this.socket = socket;
    this.emit('socket', socket);
    if (this.outputData.length > 0 || this.finished) this._flushOutput(socket);
  }

  detachSocket(socket) {
    socket.removeListener('close', onResponseSocketClose);
    socket._httpMessage = null;
    this.socket = null;
  }
}

function onResponseSocketClose() {
  if (this._httpMessage) emitResponseClose(this._httpMessage);
}

function emitResponseClose(res) {
  if (!res._closed) {
    res.destroyed = true;
    res._closed = true;
    res.emit('close');
  }
}

/** Headers given to writeHead without setHeader: flat name, value pairs,
 * validated as setHeader would. */
function flattenHeaders(headers) {
  const flat = [];
  const add = (name, value) => {
    validateHeaderName(name);
    validateHeaderValue(name, value);
    if (Array.isArray(value)) for (const one of value) flat.push(name, String(one));
    else flat.push(name, String(value));
  };
  if (Array.isArray(headers)) {
    if (headers.length > 0 && Array.isArray(headers[0])) {
      for (const [name, value] of headers) add(name, value);
    } else {
      if (headers.length % 2 !== 0) throw codes.ERR_INVALID_ARG_VALUE('headers', headers);
      for (let i = 0; i < headers.length; i += 2) add(headers[i], headers[i + 1]);
    }
  } else {
    for (const name of Object.keys(headers)) add(name, headers[name]);
  }
  return flat;
}

class Server extends net.Server {
  constructor(options, requestListener) {
    if (typeof options === 'function') {
      requestListener = options;
      options = {};
    } else if (options === undefined || options === null) {
      options = {};
    } else {
      validateObject(options, 'options');
    }
    super({
      allowHalfOpen: true, noDelay: options.noDelay ?? true, keepAlive: options.keepAlive,
      keepAliveInitialDelay: options.keepAliveInitialDelay, highWaterMark: options.highWaterMark,
    });
    this[kConnections] = new Set();
    this.IncomingMessage = options.IncomingMessage ?? IncomingMessage;
    this.ServerResponse = options.ServerResponse ?? ServerResponse;
    if (options.maxHeaderSize !== undefined) validateInteger(options.maxHeaderSize, 'maxHeaderSize', 0);
    this.maxHeaderSize = options.maxHeaderSize;
    if (options.joinDuplicateHeaders !== undefined) validateBoolean(options.joinDuplicateHeaders, 'options.joinDuplicateHeaders');
    this.joinDuplicateHeaders = options.joinDuplicateHeaders;
    this.requireHostHeader = options.requireHostHeader ?? true;
    if (options.rejectNonStandardBodyWrites !== undefined) {
      validateBoolean(options.rejectNonStandardBodyWrites, 'options.rejectNonStandardBodyWrites');
    }
    this.rejectNonStandardBodyWrites = options.rejectNonStandardBodyWrites ?? false;
    this.httpAllowHalfOpen = false;
    this.timeout = 0;
    this.maxHeadersCount = null;
    this.maxRequestsPerSocket = 0;
    this.keepAliveTimeout = options.keepAliveTimeout ?? 5000;
    this.keepAliveTimeoutBuffer = options.keepAliveTimeoutBuffer ?? 1000;
    // Node's defaults: headersTimeout is at most requestTimeout.
    if (options.requestTimeout !== undefined) validateInteger(options.requestTimeout, 'requestTimeout', 0);
    this.requestTimeout = options.requestTimeout ?? 300_000;
    if (options.headersTimeout !== undefined) validateInteger(options.headersTimeout, 'headersTimeout', 0);
    this.headersTimeout = options.headersTimeout ?? Math.min(60_000, this.requestTimeout);
    if (this.requestTimeout > 0 && this.headersTimeout > 0 && this.headersTimeout > this.requestTimeout) {
      throw codes.ERR_OUT_OF_RANGE('headersTimeout', '<= requestTimeout', options.headersTimeout);
    }
    this.connectionsCheckingInterval = options.connectionsCheckingInterval ?? 30_000;
    this[kDefaultShouldUpgrade] = () => this.listenerCount('upgrade') > 0;
    this.shouldUpgradeCallback = options.shouldUpgradeCallback ?? this[kDefaultShouldUpgrade];
    if (requestListener) this.on('request', requestListener);
    this.on('connection', (socket) => serveConnection(this, socket));
    this.on('listening', () => startConnectionChecks(this));
  }

  setTimeout(msecs, callback) {
    this.timeout = msecs;
    if (callback) this.on('timeout', callback);
    return this;
  }

  close(callback) {
    this.closeIdleConnections();
    stopConnectionChecks(this);
    return super.close(callback);
  }

  closeAllConnections() {
    for (const socket of this[kConnections]) socket.destroy();
  }

  closeIdleConnections() {
    for (const socket of this[kConnections]) {
      const state = socket[kState];
      if (state.incoming.length === 0 && !socket._httpMessage && !state.partialHead && state.current === null) {
        socket.destroy();
      }
    }
  }

  [Symbol.asyncDispose]() {
    return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
  }
}

/** A server connection's setEncoding: HTTP/1.1 is bytes. */
function socketSetEncoding() {
  throw codes.ERR_HTTP_SOCKET_ENCODING();
}

/** Takes over a new connection: its reads become requests. */
function serveConnection(server, socket) {
  socket.server = server;
  // HTTP/1.1 is bytes: no decoding on the connection (as Node).
  socket.setEncoding = socketSetEncoding;
  if (server.timeout) socket.setTimeout(server.timeout);
  socket.on('timeout', onSocketTimeout);
  const state = {
    incoming: [], outgoing: [], requestsCount: 0, keepAliveTimeoutSet: false, current: null, upgraded: false,
    headStarted: Date.now(), partialHead: false, paused: false,
  };
  socket[kState] = state;
  server[kConnections].add(socket);
  socket.on('error', onSocketError);
  socket.on('end', () => onSocketEnd(server, socket, state));
  socket.on('close', () => {
    server[kConnections].delete(socket);
    abortIncoming(state.incoming);
    for (const res of state.outgoing) emitResponseClose(res);
    state.outgoing.length = 0;
  });
  socket.on('drain', () => onSocketDrain(socket));
  socket._httpEvents = (list) => onParsed(server, socket, state, list);
  const upgrades = server.shouldUpgradeCallback !== server[kDefaultShouldUpgrade] || server.listenerCount('upgrade') > 0;
  ops.http_parse(socket._handle, 0, server.maxHeaderSize || DEFAULT_MAX_HEADER_SIZE, undefined, upgrades);
  socket._startReading();
}

/** A request body's reader wants more: its socket reads on. */
function resumeReading() {
  this.socket._startReading();
}

/** Handles what one read of the connection parsed. */
function onParsed(server, socket, state, list) {
  for (const event of list) {
    switch (event[0]) {
      case events.HEAD:
        // A request's time counts from its head's first bytes.
        if (!state.partialHead) state.headStarted = Date.now();
        state.partialHead = false;
        onHead(server, socket, state, event);
        break;
      case events.PARTIAL_HEAD:
        if (!state.partialHead) state.headStarted = Date.now();
        state.partialHead = true;
        break;
      case events.BODY: onBody(socket, state, event[1]); break;
      case events.END: onEnd(state, event[1]); break;
      case events.ERROR: onSocketError.call(socket, parseError(event)); return;
      case events.UPGRADE: onUpgrade(server, socket, state, Buffer.from(event[1])); return;
    }
  }
}

function onHead(server, socket, state, event) {
  const req = startRequest(server, socket, state, event);
  // A message without a body completes after its handlers saw the head.
  if (event[5] & headFlags.COMPLETE) {
    if (state.current === req) state.current = null;
    req._finish([]);
  }
}

/** A request from its head: emitted as 'request' (or held for an
 * upgrade), its response in line behind earlier ones. */
function startRequest(server, socket, state, [, method, url, minor, rawHeaders, flags]) {
  if (state.keepAliveTimeoutSet) {
    socket.setTimeout(server.timeout || 0);
    state.keepAliveTimeoutSet = false;
  }
  const req = new server.IncomingMessage(socket);
  req.method = method;
  req.url = url;
  req.joinDuplicateHeaders = Boolean(server.joinDuplicateHeaders);
  const limit = server.maxHeadersCount;
  if (typeof limit === 'number' && limit > 0 && rawHeaders.length > limit * 2) {
    // The program sees only the first maxHeadersCount headers, and so
    // does the check for Host and Expect.
    rawHeaders = rawHeaders.slice(0, limit * 2);
    flags &= ~(headFlags.HAS_HOST | headFlags.HAS_EXPECT);
    if (rawHeaderValue(rawHeaders, 'host') !== undefined) flags |= headFlags.HAS_HOST;
    if (rawHeaderValue(rawHeaders, 'expect') !== undefined) flags |= headFlags.HAS_EXPECT;
  }
  req._setHead(minor, rawHeaders);
  req.upgrade = Boolean(flags & headFlags.UPGRADE);
  req._onWantMore = resumeReading;
  state.current = req;
  if (req.upgrade) {
    // Handled once the parser hands over the bytes after the head.
    state.upgradeRequest = req;
    return req;
  }
  state.incoming.push(req);
  // Pipelined requests stop being read while earlier answers wait to be
  // written, as Node pauses the socket.
  if (!state.paused && (socket.writableNeedDrain || queuedBytes(state) >= socket.writableHighWaterMark)) {
    state.paused = true;
    socket._stopReading();
  }
  const res = new server.ServerResponse(req, {
    highWaterMark: socket.writableHighWaterMark, rejectNonStandardBodyWrites: server.rejectNonStandardBodyWrites,
  });
  res._keepAliveTimeout = server.keepAliveTimeout;
  res._maxRequestsPerSocket = server.maxRequestsPerSocket;
  res.shouldKeepAlive = Boolean(flags & headFlags.KEEP_ALIVE);
  if (socket._httpMessage) state.outgoing.push(res);
  else res.assignSocket(socket);
  res.on('finish', () => onResponseFinish(server, socket, state, req, res));
  if (minor === 1) {
    // The parser says whether Host and Expect came, so a plain request
    // builds its headers object only when the program reads it.
    if (server.requireHostHeader && !(flags & headFlags.HAS_HOST)) {
      res.writeHead(400, ['Connection', 'close']);
      res.end();
      return req;
    }
    if (server.maxRequestsPerSocket > 0) {
      state.requestsCount++;
      res.maxRequestsOnConnectionReached = server.maxRequestsPerSocket <= state.requestsCount;
      if (server.maxRequestsPerSocket < state.requestsCount) {
        server.emit('dropRequest', req, socket);
        res.writeHead(503);
        res.end();
        return req;
      }
    }
    const expect = flags & headFlags.HAS_EXPECT ? rawHeaderValue(rawHeaders, 'expect') : undefined;
    if (expect !== undefined) {
      if (/(?:^|\W)100-continue(?:$|\W)/i.test(expect)) {
        res._expect_continue = true;
        if (server.listenerCount('checkContinue') > 0) {
          server.emit('checkContinue', req, res);
        } else {
          res.writeContinue();
          server.emit('request', req, res);
        }
      } else if (server.listenerCount('checkExpectation') > 0) {
        server.emit('checkExpectation', req, res);
      } else {
        res.writeHead(417);
        res.end();
      }
      return req;
    }
  }
  server.emit('request', req, res);
  return req;
}

/** The first value of header `lowerName` in flat raw headers. */
function rawHeaderValue(rawHeaders, lowerName) {
  for (let i = 0; i < rawHeaders.length; i += 2) {
    if (rawHeaders[i].length === lowerName.length && rawHeaders[i].toLowerCase() === lowerName) return rawHeaders[i + 1];
  }
  return undefined;
}

function onBody(socket, state, bytes) {
  const req = state.current;
  if (req === null || req.destroyed) return;
  if (!req.push(Buffer.from(bytes))) socket._stopReading();
}

function onEnd(state, rawTrailers) {
  const req = state.current;
  state.current = null;
  if (req !== null && !req.complete) req._finish(rawTrailers);
}

/** An upgrade or CONNECT: the socket is handed to the program with the
 * bytes that followed the head. */
function onUpgrade(server, socket, state, head) {
  const req = state.upgradeRequest;
  state.upgradeRequest = null;
  state.upgraded = true;
  socket._leaveHttp();
  server[kConnections].delete(socket);
  const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
  if (req.method !== 'CONNECT' && !server.shouldUpgradeCallback(req)) {
    socket.destroy();
    return;
  }
  socket.removeListener('timeout', onSocketTimeout);
  socket.removeListener('error', onSocketError);
  if (server.listenerCount(eventName) > 0) server.emit(eventName, req, socket, head);
  else socket.destroy();
}

function onResponseFinish(server, socket, state, req, res) {
  state.incoming.shift();
  if (!req._consuming && !req._readableState.resumeScheduled) req._dump();
  // Reading may have stopped for a body nobody read; the next request
  // on the connection must still arrive.
  if (!state.paused || queuedBytes(state) < socket.writableHighWaterMark) {
    state.paused = false;
    socket._startReading();
  }
  res.detachSocket(socket);
  process.nextTick(emitResponseClose, res);
  if (res._last) {
    socket.destroySoon();
  } else if (state.outgoing.length === 0) {
    const timeout = Number.isFinite(server.keepAliveTimeout) && server.keepAliveTimeout >= 0 ? server.keepAliveTimeout : 0;
    const buffer = Number.isFinite(server.keepAliveTimeoutBuffer) && server.keepAliveTimeoutBuffer >= 0
      ? server.keepAliveTimeoutBuffer : 1000;
    if (timeout) {
      socket.setTimeout(timeout + buffer);
      state.keepAliveTimeoutSet = true;
    }
  } else {
    state.outgoing.shift().assignSocket(socket);
  }
}

/** Bytes of pipelined answers waiting for their turn. */
function queuedBytes(state) {
  let bytes = 0;
  for (const res of state.outgoing) bytes += res.outputSize;
  return bytes;
}

function onSocketDrain(socket) {
  const state = socket[kState];
  if (state?.paused && queuedBytes(state) < socket.writableHighWaterMark) {
    state.paused = false;
    socket._startReading();
  }
  const msg = socket._httpMessage;
  if (msg && !msg.finished && msg[kNeedDrain] && msg.writableLength === 0) {
    msg[kNeedDrain] = false;
    msg.emit('drain');
  }
}

function onSocketEnd(server, socket, state) {
  if (state.upgraded) return;
  if (!server.httpAllowHalfOpen) {
    abortIncoming(state.incoming.filter((req) => !req.complete));
    if (socket.writable) socket.end();
  } else if (state.outgoing.length) {
    state.outgoing[state.outgoing.length - 1]._last = true;
  } else if (socket._httpMessage) {
    socket._httpMessage._last = true;
  } else if (socket.writable) {
    socket.end();
  }
}

function abortIncoming(incoming) {
  while (incoming.length) {
    const req = incoming.shift();
    if (!req.destroyed) req.destroy(connResetException('aborted'));
  }
}

function connResetException(message) {
  const err = new Error(message);
  err.code = 'ECONNRESET';
  return err;
}

function onSocketError(err) {
  this.removeListener('error', onSocketError);
  if (this.listenerCount('error') === 0) this.on('error', () => {});
  if (!this.server.emit('clientError', err, this)) {
    if (this.writable && (!this._httpMessage || !this._httpMessage._headerSent)) {
      const response = err.code === 'HPE_HEADER_OVERFLOW' ? headerFieldsTooLargeResponse
        : err.code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW' ? chunkExtensionsTooLargeResponse
          : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? requestTimeoutResponse : badRequestResponse;
      this.write(response);
    }
    this.destroy(err);
  }
}

function onSocketTimeout() {
  const state = this[kState];
  const req = state?.current;
  const reqTimeout = req && !req.complete && req.emit('timeout', this);
  const res = this._httpMessage;
  const resTimeout = res && res.emit('timeout', this);
  const serverTimeout = this.server.emit('timeout', this);
  if (!reqTimeout && !resTimeout && !serverTimeout) this.destroy();
}

/** Node's periodic check of `headersTimeout` and `requestTimeout`: a
 * connection whose head (counted from its first bytes) or whole request has
 * not arrived in time is answered 408. */
function startConnectionChecks(server) {
  if (server.connectionsCheckingInterval <= 0 || (server.requestTimeout <= 0 && server.headersTimeout <= 0)) return;
  stopConnectionChecks(server);
  server._connectionsCheck = setInterval(() => {
    const now = Date.now();
    for (const socket of server[kConnections]) {
      const state = socket[kState];
      const headLate = state.partialHead && server.headersTimeout > 0 && now - state.headStarted > server.headersTimeout;
      const bodyLate = state.current !== null && !state.current.complete && server.requestTimeout > 0 &&
        now - state.headStarted > server.requestTimeout;
      if (headLate || bodyLate) onSocketError.call(socket, codes.ERR_HTTP_REQUEST_TIMEOUT());
    }
  }, server.connectionsCheckingInterval);
  server._connectionsCheck.unref();
}

function stopConnectionChecks(server) {
  if (server._connectionsCheck) {
    clearInterval(server._connectionsCheck);
    server._connectionsCheck = null;
  }
}

module.exports = { Server: callableClass(Server), ServerResponse, kConnections };
