'use strict';
// http.ClientRequest: a request sent on a socket from an agent (or one
// made for it), and the response the net plugin's parser reads back.

const { Buffer } = require('buffer');
const { URL } = require('url');
const { codes, abortError, validateInteger, validateNumber } = require('internal/errors');
const { OutgoingMessage, kNeedDrain } = require('internal/http/outgoing');
const { callableClass } = require('internal/callable');
const { IncomingMessage } = require('internal/http/incoming');
const { globalAgent } = require('internal/http/agent');
const {
  events, headFlags, parseError, validateMethod, validateHeaderName, validateHeaderValue,
} = require('internal/http/common');

const ops = binding.ops.net;
const DEFAULT_MAX_HEADER_SIZE = 16 * 1024;
const INVALID_PATH = /[^\u0021-\u00ff]/;
const kPath = Symbol('path');

class ClientRequest extends OutgoingMessage {
  constructor(input, options, callback) {
    super();
    let fromUrl = false;
    if (typeof input === 'string') {
      input = urlToHttpOptions(new URL(input));
      fromUrl = true;
    } else if (input instanceof URL) {
      input = urlToHttpOptions(input);
      fromUrl = true;
    } else {
      callback = options;
      options = input;
      input = null;
    }
    if (typeof options === 'function') {
      callback = options;
      options = input ?? {};
    } else {
      if (fromUrl && options !== null && options !== undefined && Object.hasOwn(options, 'path')) fromUrl = false;
      options = { __proto__: null, ...input, ...options };
    }
    let agent = options.agent;
    const defaultAgent = options._defaultAgent || globalAgent.current;
    if (agent === false) agent = new defaultAgent.constructor();
    else if (agent === null || agent === undefined) agent = typeof options.createConnection === 'function' ? undefined : defaultAgent;
    else if (typeof agent.addRequest !== 'function') {
      throw codes.ERR_INVALID_ARG_TYPE('options.agent', ['Agent-like Object', 'undefined', 'false'], agent);
    }
    this.agent = agent;
    const protocol = options.protocol || defaultAgent.protocol;
    const expected = this.agent?.protocol || defaultAgent.protocol;
    if (options.path && INVALID_PATH.test(String(options.path))) throw codes.ERR_UNESCAPED_CHARACTERS('Request path');
    if (protocol !== expected) throw codes.ERR_INVALID_PROTOCOL(protocol, expected);
    const defaultPort = options.defaultPort || this.agent?.defaultPort;
    const port = options.port || defaultPort || 80;
    const host = validateHost(options.hostname, 'hostname') || validateHost(options.host, 'host') || 'localhost';
    const setHost = options.setHost !== undefined ? Boolean(options.setHost) : options.setDefaultHeaders !== false;
    this._removedConnection = this._removedContLen = this._removedTE = options.setDefaultHeaders === false;
    this.socketPath = options.socketPath;
    if (options.timeout !== undefined) this.timeout = validateTimeout(options.timeout, 'timeout');
    const method = (this.method = validateMethod(options.method));
    if (options.maxHeaderSize !== undefined) validateInteger(options.maxHeaderSize, 'maxHeaderSize', 0);
    this.maxHeaderSize = options.maxHeaderSize;
    if (options.insecureHTTPParser !== undefined && typeof options.insecureHTTPParser !== 'boolean') {
      throw codes.ERR_INVALID_ARG_TYPE('options.insecureHTTPParser', 'boolean', options.insecureHTTPParser);
    }
    this.joinDuplicateHeaders = options.joinDuplicateHeaders;
    let path = options.path || '/';
    if (method === 'CONNECT' && fromUrl && path[0] === '/') path = path.slice(1) || '/';
    this[kPath] = path;
    if (callback) this.once('response', callback);
    this.useChunkedEncodingByDefault = !['GET', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT'].includes(method);
    this._ended = false;
    this.res = null;
    this.aborted = false;
    this.timeoutCb = null;
    this.upgradeOrConnect = false;
    this.maxHeadersCount = null;
    this.reusedSocket = false;
    this.host = host;
    this.protocol = protocol;
    this._closed = false;
    if (this.agent) {
      const keep = this.agent.keepAlive || Number.isFinite(this.agent.maxSockets);
      this._last = !keep;
      this.shouldKeepAlive = keep;
    }
    let authority = host;
    // Brackets for an IPv6 address (two colons at least), as in a URI.
    const colon = host.indexOf(':');
    if (colon !== -1 && host.includes(':', colon + 1) && host[0] !== '[') authority = `[${host}]`;
    if (port && +port !== defaultPort) authority += ':' + port;
    if (Array.isArray(options.headers)) {
      this._storeHead(`${method} ${path} HTTP/1.1`, flatten(options.headers));
    } else {
      if (options.headers) for (const key of Object.keys(options.headers)) this.setHeader(key, options.headers[key]);
      if (host && !this.getHeader('host') && setHost) this.setHeader('Host', method === 'CONNECT' && options.path ? path : authority);
      if (options.auth && !this.getHeader('Authorization')) {
        this.setHeader('Authorization', 'Basic ' + Buffer.from(options.auth).toString('base64'));
      }
      if (this.getHeader('expect')) {
        // The head goes out at once: the body waits for 100 Continue.
        this._storeHead(`${method} ${path} HTTP/1.1`);
        this._send(null, false, null);
      }
    }
    if (options.signal) {
      const signal = options.signal;
      const onAbort = () => this.destroy(abortError(signal));
      if (signal.aborted) process.nextTick(onAbort);
      else {
        signal.addEventListener('abort', onAbort, { once: true });
        this.once('close', () => signal.removeEventListener('abort', onAbort));
      }
    }
    const connectOptions = { __proto__: null, ...options, port, host };
    delete connectOptions.signal;
    if (this.agent) {
      this.agent.addRequest(this, connectOptions);
    } else {
      this._last = true;
      this.shouldKeepAlive = false;
      const opts = { ...connectOptions };
      if (opts.socketPath) opts.path = opts.socketPath;
      else if (opts.path) delete opts.path;
      let called = false;
      const onCreate = (err, socket) => {
        if (called) return;
        called = true;
        if (err) process.nextTick(() => this.emit('error', err));
        else this.onSocket(socket);
      };
      const socket = options.createConnection(opts, onCreate);
      if (socket) onCreate(null, socket);
    }
  }

  get path() {
    return this[kPath];
  }

  set path(value) {
    if (INVALID_PATH.test(String(value))) throw codes.ERR_UNESCAPED_CHARACTERS('Request path');
    this[kPath] = value;
  }

  _implicitHeader() {
    if (this._header) throw codes.ERR_HTTP_HEADERS_SENT('render');
    this._storeHead(`${this.method} ${this.path} HTTP/1.1`);
  }

  abort() {
    if (this.aborted) return;
    this.aborted = true;
    process.nextTick(() => this.emit('abort'));
    this.destroy();
  }

  destroy(err) {
    if (this.destroyed) return this;
    this.destroyed = true;
    if (this.res) this.res._dump();
    this._destroyError = err;
    // Without a socket yet, onSocket finishes the destruction.
    this.socket?.destroy(err);
    return this;
  }

  _emitClose() {
    if (!this._closed) {
      this._closed = true;
      this.emit('close');
    }
  }

  onSocket(socket, err) {
    process.nextTick(() => {
      if (this.destroyed || err) {
        if (this.destroyed) socket?.emit('free');
        err ??= this._destroyError ?? (this.aborted ? undefined : connReset('socket hang up'));
        this.destroyed = true;
        if (err) this.emit('error', err);
        this._emitClose();
        return;
      }
      attach(this, socket);
    });
  }

  setTimeout(msecs, callback) {
    if (this._ended) return this;
    msecs = validateTimeout(msecs);
    if (callback) this.once('timeout', callback);
    const arm = (socket) => {
      if (this.timeoutCb) socket.removeListener('timeout', this.timeoutCb);
      this.timeoutCb = () => this.emit('timeout');
      socket.setTimeout(msecs, this.timeoutCb);
    };
    if (this.socket) arm(this.socket);
    else this.once('socket', arm);
    return this;
  }

  setNoDelay(noDelay) {
    if (this.socket) this.socket.setNoDelay(noDelay);
    else this.once('socket', (socket) => socket.setNoDelay(noDelay));
  }

  setSocketKeepAlive(enable, delay) {
    if (this.socket) this.socket.setKeepAlive(enable, delay);
    else this.once('socket', (socket) => socket.setKeepAlive(enable, delay));
  }

  clearTimeout(callback) {
    this.setTimeout(0, callback);
  }
}

/** Puts `req` on `socket`: its bytes go out, the response comes back. */
function attach(req, socket) {
  req.socket = socket;
  socket._httpMessage = req;
  const onError = (err) => {
    socket._hadError = true;
    if (!req.res || !req.res.complete) req.emit('error', err);
    socket.destroy();
  };
  const onClose = () => {
    const res = req.res;
    req.destroyed = true;
    if (res) {
      if (!res.complete) res.destroy(connReset('aborted'));
      req._emitClose();
      if (!res.aborted && res.readable) res.push(null);
    } else {
      if (!socket._hadError) {
        socket._hadError = true;
        req.emit('error', req._destroyError ?? connReset('socket hang up'));
      }
      req._emitClose();
    }
  };
  const onEnd = () => {
    if (!req.res && !socket._hadError) {
      socket._hadError = true;
      req.emit('error', connReset('socket hang up'));
    }
  };
  const onDrain = () => {
    if (req[kNeedDrain] && req.writableLength === 0) {
      req[kNeedDrain] = false;
      req.emit('drain');
    }
  };
  socket.on('error', onError);
  socket.on('close', onClose);
  socket.on('end', onEnd);
  socket.on('drain', onDrain);
  req._detach = () => {
    socket.removeListener('error', onError);
    socket.removeListener('close', onClose);
    socket.removeListener('end', onEnd);
    socket.removeListener('drain', onDrain);
  };
  const start = () => {
    if (socket._handle === null || socket.destroyed) return;
    ops.http_parse(socket._handle, 1, req.maxHeaderSize || DEFAULT_MAX_HEADER_SIZE, req.method);
    socket._httpEvents = (list) => onParsed(req, socket, list);
    socket._startReading();
  };
  if (socket.connecting) socket.once('connect', start);
  else start();
  if (req.timeout !== undefined && req.timeoutCb === null) req.setTimeout(req.timeout);
  req.emit('socket', socket);
  if (req.outputData.length > 0 || req.finished) req._flushOutput(socket);
}

function onParsed(req, socket, list) {
  for (const event of list) {
    req = socket._httpMessage ?? req;
    switch (event[0]) {
      case events.HEAD: onResponseHead(req, socket, event); break;
      case events.BODY:
        if (req.res && !req.res.destroyed && !req.res.push(Buffer.from(event[1]))) socket._stopReading();
        break;
      case events.END: onResponseEnd(req, socket, event[1]); break;
      case events.ERROR: {
        // A response cut short by the end of the connection: the socket's
        // close aborts it.
        if (event[1] === 'HPE_INVALID_EOF_STATE') return;
        const err = parseError(event);
        socket._hadError = true;
        req.emit('error', err);
        socket.destroy();
        return;
      }
      case events.UPGRADE: onUpgrade(req, socket, Buffer.from(event[1])); return;
      case events.PARTIAL_HEAD: break;
    }
  }
}

function onResponseHead(req, socket, [, statusCode, statusMessage, minor, rawHeaders, flags]) {
  const res = new IncomingMessage(socket);
  res.statusCode = statusCode;
  res.statusMessage = statusMessage;
  res.joinDuplicateHeaders = Boolean(req.joinDuplicateHeaders);
  res._setHead(minor, rawHeaders);
  res.req = req;
  res._onWantMore = () => socket._startReading();
  if (statusCode >= 100 && statusCode < 200 && statusCode !== 101) {
    if (statusCode === 100) req.emit('continue');
    req.emit('information', {
      statusCode, statusMessage, httpVersion: res.httpVersion, httpVersionMajor: 1, httpVersionMinor: minor,
      headers: res.headers, rawHeaders,
    });
    return;
  }
  req.res = res;
  if (flags & headFlags.UPGRADE) {
    res.upgrade = true;
    return;
  }
  if (req.shouldKeepAlive && !(flags & headFlags.KEEP_ALIVE)) req.shouldKeepAlive = false;
  res.on('end', () => onResponseBodyEnd(req, socket));
  if (req.aborted || !req.emit('response', res)) res._dump();
  if (flags & headFlags.COMPLETE) res._finish([]);
}

function onResponseEnd(req, socket, rawTrailers) {
  if (req.res && !req.res.complete) req.res._finish(rawTrailers);
}

/** The response body was read: the socket goes back to the agent or closes. */
function onResponseBodyEnd(req, socket) {
  req._ended = true;
  if (req.timeoutCb) {
    socket.setTimeout(0, req.timeoutCb);
    req.timeoutCb = null;
  }
  if (!req.shouldKeepAlive) {
    if (socket.writable) socket.destroySoon();
    return;
  }
  const release = () => {
    req._detach();
    // A free socket that receives anything is no longer trusted.
    socket._httpEvents = () => socket.destroy();
    req.destroyed = true;
    if (req.res) req.res.socket = null;
    process.nextTick(() => {
      req._emitClose();
      socket.emit('free');
    });
  };
  if (req.writableFinished) release();
  else req.once('finish', release);
}

function onUpgrade(req, socket, head) {
  const res = req.res;
  req._detach();
  socket._leaveHttp();
  const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
  req.upgradeOrConnect = true;
  socket.emit('agentRemove');
  socket._httpMessage = null;
  if (req.listenerCount(eventName) > 0) {
    req.emit(eventName, res, socket, head);
    req.destroyed = true;
    req._emitClose();
  } else {
    socket.destroy();
  }
}

function connReset(message) {
  const err = new Error(message);
  err.code = 'ECONNRESET';
  return err;
}

/** Headers given as an array (pairs or flat), validated as setHeader would. */
function flatten(headers) {
  const pairs = headers.length > 0 && Array.isArray(headers[0]) ? headers
    : Array.from({ length: Math.ceil(headers.length / 2) }, (_, i) => [headers[2 * i], headers[2 * i + 1]]);
  const flat = [];
  for (const [name, value] of pairs) {
    validateHeaderName(name);
    validateHeaderValue(name, value);
    if (!Array.isArray(value)) flat.push(name, String(value));
    else if (value.length >= 2 && String(name).toLowerCase() === 'cookie') flat.push(name, value.join('; '));
    else for (const one of value) flat.push(name, String(one));
  }
  return flat;
}

function validateHost(host, name) {
  if (host !== null && host !== undefined && typeof host !== 'string') {
    throw codes.ERR_INVALID_ARG_TYPE(`options.${name}`, ['string', 'undefined', 'null'], host);
  }
  return host;
}

function validateTimeout(msecs, name = 'msecs') {
  validateNumber(msecs, name);
  if (msecs < 0 || !Number.isFinite(msecs)) throw codes.ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
  return msecs;
}

// The request options a URL stands for: url's own urlToHttpOptions,
// which keeps what a program added to the URL object (`headers`, say).
const { urlToHttpOptions } = require('internal/url');

module.exports = { ClientRequest: callableClass(ClientRequest), urlToHttpOptions };
