'use strict';
// net.Server: a listening kernel handle of the net plugin (TCP or a Unix
// domain socket). Each connection is one event of the handle, taken with
// the `accept` op and wrapped in a Socket.

const EventEmitter = require('events');
const { codes, validateFunction, validateNumber, validateAbortSignal } = require('internal/errors');
const { ownHandle, disownHandle } = require('internal/process/resources');
const { exceptionWithHostPort, uvExceptionWithHostPort } = require('internal/net/errors');
const { Socket, kServer, closeHandle, validatePort, addressObject, isPipeName } = require('internal/net/socket');
const { isIP } = require('internal/net/ip');

const ops = binding.ops.net;
const handles = binding.handles;

const kConnections = Symbol('connections');
const kAddress = Symbol('address');

class Server extends EventEmitter {
  constructor(options = undefined, connectionListener = undefined) {
    super();
    if (typeof options === 'function') {
      connectionListener = options;
      options = {};
    } else if (options === undefined || options === null) {
      options = {};
    } else if (typeof options !== 'object') {
      throw codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    if (connectionListener !== undefined) this.on('connection', connectionListener);
    this._handle = null;
    this._connections = 0;
    this[kConnections] = new Set();
    this[kAddress] = null;
    this._usingWorkers = false;
    this.allowHalfOpen = Boolean(options.allowHalfOpen);
    this.pauseOnConnect = Boolean(options.pauseOnConnect);
    this.noDelay = Boolean(options.noDelay);
    this.keepAlive = Boolean(options.keepAlive);
    this.keepAliveInitialDelay = ~~((options.keepAliveInitialDelay ?? 0) / 1000) * 1000;
    this.highWaterMark = options.highWaterMark;
    this.maxConnections = undefined;
    this._unref = false;
  }

  get listening() {
    return this._handle !== null;
  }

  listen(...args) {
    const [options, callback] = normalizeListenArgs(args);
    if (callback !== null) this.once('listening', callback);
    if (this._handle !== null) throw codes.ERR_SERVER_ALREADY_LISTEN();
    addServerAbortSignalOption(this, options);
    const backlog = options.backlog ?? 511;
    // An explicit undefined or null port is an arbitrary unused one.
    let port = options.port;
    if (port === null || (port === undefined && 'port' in options)) port = 0;
    if (typeof port !== 'number' && typeof port !== 'string') {
      if (options.path && isPipeName(options.path)) {
        const { path, readableAll, writableAll } = options;
        // Abstract unix sockets on Linux have no file mode to change.
        if (path[0] === '\0' && (readableAll || writableAll)) {
          throw codes.ERR_INVALID_ARG_VALUE('options', options,
            'can not set readableAll or writableAllt to true when path is abstract unix socket');
        }
        this._listenOn(() => {
          const listened = ops.pipe_listen(path, backlog);
          if (readableAll || writableAll) {
            // uv_pipe_chmod: add the read and/or write bits for everyone.
            const fs = require('fs');
            const mode = fs.statSync(path).mode | (readableAll ? 0o444 : 0) | (writableAll ? 0o222 : 0);
            fs.chmodSync(path, mode & 0o7777);
          }
          return listened;
        }, path, -1);
        return this;
      }
      if (!('port' in options || 'path' in options)) {
        throw codes.ERR_INVALID_ARG_VALUE('options', options, 'must have the property "port" or "path"');
      }
      throw codes.ERR_INVALID_ARG_VALUE('options', options);
    }
    validatePort(port, 'options.port');
    port = +port;
    const host = options.host;
    if (host === undefined || host === null || host === '') {
      // Dual-stack on '::' when the machine has IPv6, else 0.0.0.0.
      this._listenOn(() => {
        try {
          return ops.tcp_listen(`[::]:${port}`, '::', port, backlog, Boolean(options.ipv6Only));
        } catch (err) {
          if (err.code === 'ERR_ACCESS_DENIED' || (err.errno !== -97 && err.errno !== -99)) throw err;
          return ops.tcp_listen(`0.0.0.0:${port}`, '0.0.0.0', port, backlog, false);
        }
      }, '::', port);
      return this;
    }
    if (typeof host !== 'string') throw codes.ERR_INVALID_ARG_TYPE('options.host', 'string', host);
    if (isIP(host) !== 0) {
      this._listenOn(() => ops.tcp_listen(scopeOf(host, port), host, port, backlog, Boolean(options.ipv6Only)),
        host, port);
      return this;
    }
    require('dns').lookup(host, (err, address) => {
      if (err) {
        this.emit('error', err);
        return;
      }
      this._listenOn(() => ops.tcp_listen(scopeOf(address, port), address, port, backlog, Boolean(options.ipv6Only)),
        address, port);
    });
    return this;
  }

  /** Listens with `open` (an op returning [id, address, family, port]);
   * 'listening' or 'error' follows on the next tick. */
  _listenOn(open, address, port) {
    let listened;
    try {
      listened = open();
    } catch (err) {
      const error = err.code === 'ESYS' ? uvExceptionWithHostPort(err, 'listen', address, port) : err;
      process.nextTick(() => this.emit('error', error));
      return;
    }
    const [id, ...local] = listened;
    this._handle = id;
    this[kAddress] = local;
    this._connectionKey = port === -1 ? `-1:${address}:-1` : `${isIP(local[0])}:${local[0]}:${port}`;
    ownHandle(id, this);
    handles.listen(id, (err) => this._onConnection(err));
    ops.listen_start(id);
    if (this._unref) handles.ref(id, false);
    process.nextTick(() => {
      if (this._handle === id) this.emit('listening');
    });
  }

  _onConnection(err) {
    if (this._handle === null) return;
    if (err) {
      this.emit('error', exceptionWithHostPort(err, 'accept'));
      return;
    }
    const accepted = ops.accept(this._handle);
    if (accepted === null) return;
    const [id, ...peer] = accepted;
    if (this.maxConnections !== undefined && this._connections >= this.maxConnections) {
      closeHandle(id);
      this.emit('drop', dropInfo(this[kAddress], peer));
      return;
    }
    const socket = new Socket({
      handle: id, peer: peer.length > 0 ? peer : null, allowHalfOpen: this.allowHalfOpen,
      noDelay: this.noDelay, keepAlive: this.keepAlive, keepAliveInitialDelay: this.keepAliveInitialDelay,
      readableHighWaterMark: this.highWaterMark, writableHighWaterMark: this.highWaterMark,
    });
    socket.server = this;
    socket._server = this;
    socket[kServer] = this;
    this._connections++;
    this[kConnections].add(socket);
    socket.once('close', () => this[kConnections].delete(socket));
    if (this.pauseOnConnect) socket.pause();
    else socket.read(0);
    this.emit('connection', socket);
  }

  address() {
    if (this._handle === null) return null;
    return addressObject(this[kAddress]);
  }

  close(callback) {
    if (typeof callback === 'function') {
      if (this._handle === null) {
        this.once('close', () => callback(codes.ERR_SERVER_NOT_RUNNING()));
      } else {
        this.once('close', callback);
      }
    }
    if (this._handle !== null) {
      const id = this._handle;
      this._handle = null;
      disownHandle(id);
      closeHandle(id);
    }
    this._emitCloseIfDrained();
    return this;
  }

  _emitCloseIfDrained() {
    if (this._handle !== null || this._connections > 0) return;
    process.nextTick(() => this.emit('close'));
  }

  getConnections(callback) {
    validateFunction(callback, 'callback');
    process.nextTick(callback, null, this._connections);
    return this;
  }

  ref() {
    this._unref = false;
    if (this._handle !== null) handles.ref(this._handle, true);
    return this;
  }

  unref() {
    this._unref = true;
    if (this._handle !== null) handles.ref(this._handle, false);
    return this;
  }

  [Symbol.asyncDispose]() {
    if (this._handle === null) return Promise.resolve();
    return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
  }
}

/** listen({ signal }): the server closes when the signal aborts. */
function addServerAbortSignalOption(server, options) {
  if (options.signal === undefined) return;
  validateAbortSignal(options.signal, 'options.signal');
  const { signal } = options;
  const onAborted = () => server.close();
  if (signal.aborted) {
    process.nextTick(onAborted);
  } else {
    signal.addEventListener('abort', onAborted, { once: true });
    server.once('close', () => signal.removeEventListener('abort', onAborted));
  }
}

function scopeOf(address, port) {
  return isIP(address) === 6 ? `[${address}]:${port}` : `${address}:${port}`;
}

function dropInfo([localAddress, localFamily, localPort], [remoteAddress, remoteFamily, remotePort]) {
  return { localAddress, localPort, localFamily, remoteAddress, remotePort, remoteFamily };
}

/** server.listen's arguments as [options, callback]. */
function normalizeListenArgs(args) {
  const last = args[args.length - 1];
  const callback = typeof last === 'function' ? last : null;
  const given = callback === null ? args : args.slice(0, -1);
  const [first, second, third] = given;
  if (first !== null && typeof first === 'object') return [first, callback];
  if (isPipeName(first)) return [{ path: first, backlog: typeof second === 'number' ? second : undefined }, callback];
  const options = { port: first };
  if (typeof second === 'string') options.host = second;
  const backlog = typeof second === 'number' ? second : third;
  if (typeof backlog === 'number') {
    validateNumber(backlog, 'backlog');
    options.backlog = backlog;
  }
  return [options, callback];
}

module.exports = { Server };
