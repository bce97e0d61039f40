'use strict';
// net.Socket: a Duplex over a kernel stream handle of the net plugin (a
// TCP or Unix domain socket). The handle reads while the stream wants
// data (one event per chunk, null at end of file); writes go out at once
// when they fit and through the `write` reactor op otherwise.

const { Duplex } = require('stream');
const { Buffer } = require('buffer');
const { codes, validateFunction, validateNumber, validateBoolean, validateInteger, uvException } = require('internal/errors');
const { ownHandle, disownHandle } = require('internal/process/resources');
const { exceptionWithHostPort } = require('internal/net/errors');
const { isIP } = require('internal/net/ip');

const ops = binding.ops.net;
const handles = binding.handles;

const kPendingWrite = Symbol('pendingWrite');
const kTimeout = Symbol('timeout');
const kServer = Symbol('server');
const kPeer = Symbol('peer');
const kBytesWritten = Symbol('bytesWritten');
const kReading = Symbol('reading');
const kSetNoDelay = Symbol('setNoDelay');
const kSetKeepAlive = Symbol('setKeepAlive');

const TIMEOUT_MAX = 2 ** 31 - 1;
let autoSelectFamily = true;
let autoSelectFamilyAttemptTimeout = 250;

class Socket extends Duplex {
  constructor(options = undefined) {
    if (typeof options === 'number') options = { fd: options };
    else options = { ...options };
    if (options.objectMode) {
      throw codes.ERR_INVALID_ARG_VALUE('options.objectMode', options.objectMode, 'is not supported');
    } else if (options.readableObjectMode || options.writableObjectMode) {
      throw codes.ERR_INVALID_ARG_VALUE(
        `options.${options.readableObjectMode ? 'readableObjectMode' : 'writableObjectMode'}`,
        options.readableObjectMode || options.writableObjectMode, 'is not supported');
    }
    options.allowHalfOpen = Boolean(options.allowHalfOpen);
    // Node emits 'close' itself, with hadError, once the handle is closed.
    options.emitClose = false;
    options.autoDestroy = true;
    options.decodeStrings = false;
    super(options);
    this.connecting = false;
    this._handle = null;
    this._host = null;
    this[kPeer] = null;
    this[kPendingWrite] = null;
    this[kTimeout] = null;
    this.timeout = undefined;
    this[kServer] = null;
    this[kBytesWritten] = 0;
    this[kReading] = false;
    this[kSetNoDelay] = Boolean(options.noDelay);
    this[kSetKeepAlive] = options.keepAlive ? [true, ~~((options.keepAliveInitialDelay ?? 0) / 1000)] : null;
    /** Set on an HTTP connection: takes the parser's events of each read. */
    this._httpEvents = undefined;
    this._httpMessage = null;
    this.bytesRead = 0;
    this.server = null;
    this._server = null;
    if (options.handle !== undefined) this._attach(options.handle, options.peer);
    if (options.signal !== undefined) require('internal/streams/add_abort_signal').addAbortSignal(options.signal, this);
    this.on('end', onReadableStreamEnd);
  }

  /** Takes over a connected handle (accepted, or just connected). */
  _attach(id, peer) {
    this._handle = id;
    this[kPeer] = peer ?? null;
    ownHandle(id, this);
    handles.listen(id, (err, chunk) => this._onRead(err, chunk));
    if (this[kSetNoDelay]) this.setNoDelay(true);
    if (this[kSetKeepAlive]) this.setKeepAlive(...this[kSetKeepAlive]);
  }

  _onRead(err, chunk) {
    if (this._handle === null) return;
    this._unrefTimer();
    if (err) {
      this[kReading] = false;
      this.destroy(exceptionWithHostPort(err, 'read'));
      return;
    }
    if (this._httpEvents !== undefined && Array.isArray(chunk)) {
      this._httpEvents(chunk);
      return;
    }
    if (chunk === null) {
      this[kReading] = false;
      this.push(null);
      this.read(0);
      return;
    }
    const buffer = Buffer.from(chunk);
    this.bytesRead += buffer.length;
    if (!this.push(buffer)) this._stopReading();
  }

  _read() {
    if (this.connecting || this._handle === null) {
      this.once('connect', () => this._read());
      return;
    }
    this._startReading();
  }

  /** Reads without a reader asking (an HTTP connection, whose reads are
   * parser events). */
  _startReading() {
    if (!this[kReading] && this._handle !== null && !this.destroyed) {
      this[kReading] = true;
      ops.read_start(this._handle);
    }
  }

  /** Ends HTTP mode (an upgrade): reading stops until a reader of the
   * new protocol asks for data. */
  _leaveHttp() {
    this._httpEvents = undefined;
    this._stopReading();
    this._readableState.reading = false;
    this.readableFlowing = null;
  }

  /** Counts bytes written straight to the handle (an HTTP message). */
  _recordWritten(count) {
    this[kBytesWritten] += count;
  }

  _stopReading() {
    if (this[kReading] && this._handle !== null) {
      this[kReading] = false;
      handles.stop(this._handle);
    }
  }

  _writeGeneric(data, encoding, callback) {
    if (this.connecting) {
      this[kPendingWrite] = [data, encoding, callback];
      const onClose = () => callback(codes.ERR_SOCKET_CLOSED_BEFORE_CONNECTION());
      this.once('connect', () => {
        this.off('close', onClose);
        const [pending, pendingEncoding, pendingCallback] = this[kPendingWrite];
        this[kPendingWrite] = null;
        this._writeGeneric(pending, pendingEncoding, pendingCallback);
      });
      this.once('close', onClose);
      return;
    }
    if (this._handle === null) {
      callback(codes.ERR_SOCKET_CLOSED());
      return;
    }
    this._unrefTimer();
    const bytes = typeof data === 'string' ? Buffer.from(data, encoding) : data;
    this[kBytesWritten] += bytes.length;
    const written = bytes.length === 0 ? 0 : ops.try_write(this._handle, bytes);
    if (written < 0) {
      callback(exceptionWithHostPort(written, 'write'));
      return;
    }
    if (written === bytes.length) {
      callback();
      return;
    }
    const rest = written === 0 ? bytes : bytes.subarray(written);
    ops.write((err) => {
      this._unrefTimer();
      callback(err ? exceptionWithHostPort(err, 'write') : undefined);
    }, this._handle, rest);
  }

  _write(data, encoding, callback) {
    this._writeGeneric(data, encoding, callback);
  }

  _writev(chunks, callback) {
    const buffers = chunks.map(({ chunk, encoding }) => (typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk));
    this._writeGeneric(Buffer.concat(buffers), 'buffer', callback);
  }

  _final(callback) {
    if (this.connecting) {
      this.once('connect', () => this._final(callback));
      return;
    }
    if (this._handle === null) {
      callback();
      return;
    }
    try {
      ops.shutdown(this._handle);
    } catch (err) {
      // The peer is gone already (ENOTCONN): nothing left to end.
      if (err.errno !== -107) {
        callback(uvException(err));
        return;
      }
    }
    callback();
  }

  _destroy(exception, callback) {
    this.connecting = false;
    this._clearTimer();
    const id = this._handle;
    if (id === null) {
      callback(exception);
      process.nextTick(() => this.emit('close', Boolean(exception)));
      return;
    }
    this._handle = null;
    this[kReading] = false;
    disownHandle(id);
    closeHandle(id, () => this.emit('close', Boolean(exception)));
    callback(exception);
    const server = this[kServer];
    if (server !== null) {
      this[kServer] = null;
      server._connections--;
      server._emitCloseIfDrained();
    }
  }

  destroySoon() {
    if (this.writable) this.end();
    if (this.writableFinished) this.destroy();
    else this.once('finish', () => this.destroy());
  }

  /** Closes the connection with a TCP RST (the peer reads ECONNRESET)
   * and destroys the socket. */
  resetAndDestroy() {
    if (this._handle === null) return this.destroy(codes.ERR_SOCKET_CLOSED());
    if (!isTcp(this)) throw codes.ERR_INVALID_HANDLE_TYPE();
    if (this.connecting) {
      this.once('connect', () => this.resetAndDestroy());
      return this;
    }
    ops.reset(this._handle);
    return this.destroy();
  }

  connect(...args) {
    const [options, callback] = normalizeConnectArgs(args);
    return connectSocket(this, options, callback);
  }

  setTimeout(timeout, callback) {
    timeout = validateTimeout(timeout);
    if (timeout !== 0 && timeout === this.timeout && this[kTimeout] !== null) {
      // The same timeout again (a kept-alive HTTP connection after every
      // response): restart the timer rather than make a new one.
      this[kTimeout].refresh();
    } else {
      this.timeout = timeout;
      this._clearTimer();
    }
    if (timeout !== 0 && this[kTimeout] === null) {
      this[kTimeout] = setTimeout(() => {
        this[kTimeout] = null;
        this.emit('timeout');
      }, timeout);
      this[kTimeout].unref();
    }
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      if (timeout === 0) this.removeListener('timeout', callback);
      else this.once('timeout', callback);
    }
    return this;
  }

  _unrefTimer() {
    if (this[kTimeout] !== null) this[kTimeout].refresh();
  }

  _clearTimer() {
    if (this[kTimeout] !== null) {
      clearTimeout(this[kTimeout]);
      this[kTimeout] = null;
    }
  }

  setNoDelay(enable = true) {
    this[kSetNoDelay] = Boolean(enable);
    if (this._handle !== null && isTcp(this)) ops.set_no_delay(this._handle, Boolean(enable));
    return this;
  }

  setKeepAlive(enable = false, initialDelay = 0) {
    const seconds = ~~(initialDelay / 1000);
    this[kSetKeepAlive] = [Boolean(enable), seconds];
    if (this._handle !== null && isTcp(this)) ops.set_keep_alive(this._handle, Boolean(enable), seconds);
    return this;
  }

  address() {
    if (this._handle === null) return {};
    try {
      return addressObject(ops.local_address(this._handle));
    } catch {
      return {};
    }
  }

  ref() {
    if (this._handle !== null) handles.ref(this._handle, true);
    else this.once('connect', () => this.ref());
    return this;
  }

  unref() {
    if (this._handle !== null) handles.ref(this._handle, false);
    else this.once('connect', () => this.unref());
    return this;
  }

  get pending() {
    return this._handle === null || this.connecting;
  }

  get readyState() {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  }

  get bytesWritten() {
    let pending = 0;
    // A write waiting for the connection counts as written, as in Node.
    if (this[kPendingWrite] !== null) {
      const [data, encoding] = this[kPendingWrite];
      pending += typeof data === 'string' ? Buffer.byteLength(data, encoding) : data.length;
    }
    for (const { chunk, encoding } of this.writableBuffer ?? []) {
      pending += typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.length;
    }
    return this[kBytesWritten] + pending;
  }

  get remoteAddress() {
    return this._peer()?.address;
  }

  get remoteFamily() {
    return this._peer()?.family;
  }

  get remotePort() {
    return this._peer()?.port;
  }

  get localAddress() {
    return this.address().address;
  }

  get localPort() {
    return this.address().port;
  }

  get localFamily() {
    return this.address().family;
  }

  _peer() {
    if (this[kPeer] === null && this._handle !== null) {
      try {
        const peer = ops.remote_address(this._handle);
        if (peer !== null) this[kPeer] = peer;
      } catch {
        return undefined;
      }
    }
    return this[kPeer] === null ? undefined : addressObject(this[kPeer]);
  }

  get _connecting() {
    return this.connecting;
  }
}

/** After the peer's FIN, a socket that is not half-open fails writes
 * once it has ended (Node's writeAfterFIN). */
function onReadableStreamEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
}

function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) return Duplex.prototype.write.call(this, chunk, encoding, cb);
  if (typeof encoding === 'function') cb = encoding;
  const er = new Error('This socket has been ended by the other party');
  er.code = 'EPIPE';
  if (typeof cb === 'function') process.nextTick(cb, er);
  this.destroy(er);
  return false;
}

function isTcp(socket) {
  return socket[kPeer] === null || socket[kPeer][1] !== 'unix';
}

/** `{ address, family, port }` of the plugin's [address, family, port]. */
function addressObject([address, family, port]) {
  if (family === 'unix') return address;
  return { address, family, port };
}

/** An inactivity timeout as Node's getTimerDuration checks it. */
function validateTimeout(timeout) {
  validateNumber(timeout, 'msecs');
  if (timeout < 0 || !Number.isFinite(timeout)) {
    throw codes.ERR_OUT_OF_RANGE('msecs', 'a non-negative finite number', timeout);
  }
  if (timeout > TIMEOUT_MAX) {
    process.emitWarning(`${timeout} does not fit into a 32-bit signed integer.\nTimer duration was truncated to ${TIMEOUT_MAX}.`,
      'TimeoutOverflowWarning');
    return TIMEOUT_MAX;
  }
  return timeout;
}

/** net.connect's arguments as [options, callback]. */
function normalizeConnectArgs(args) {
  if (args.length === 0) return [{}, null];
  const last = args[args.length - 1];
  const callback = typeof last === 'function' ? last : null;
  const [first, second] = args;
  let options;
  if (first !== null && typeof first === 'object') options = first;
  else if (typeof first === 'string' && isPipeName(first)) options = { path: first };
  else options = { port: first, host: typeof second === 'string' ? second : undefined };
  return [options, callback];
}

function isPipeName(value) {
  return typeof value === 'string' && Number.isNaN(Number(value));
}

/** socket.connect(options, callback): a Unix path, or host and port
 * (names through dns.lookup; each address tried in turn). */
function connectSocket(socket, options, callback) {
  if (options.port === undefined && options.path == null) throw codes.ERR_MISSING_ARGS(['options', 'port', 'path']);
  if (socket.write === writeAfterFIN) delete socket.write;
  if (socket.destroyed) {
    socket._readableState.reading = false;
    socket._readableState.ended = false;
    socket._readableState.endEmitted = false;
    socket._writableState.ended = false;
    socket._writableState.ending = false;
    socket._writableState.finished = false;
    socket._writableState.errorEmitted = false;
    socket._writableState.destroyed = false;
    socket._readableState.destroyed = false;
  }
  if (callback !== null) socket.once('connect', callback);
  if (options.timeout) socket.setTimeout(options.timeout);
  socket.connecting = true;
  if (options.path) {
    if (typeof options.path !== 'string') throw codes.ERR_INVALID_ARG_TYPE('options.path', 'string', options.path);
    connectTo(socket, [{ address: options.path, family: 0 }], -1, options);
    return socket;
  }
  if (typeof options.port !== 'number' && typeof options.port !== 'string') {
    throw codes.ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], options.port);
  }
  const port = validatePort(options.port);
  const host = options.host ?? 'localhost';
  if (typeof host !== 'string') throw codes.ERR_INVALID_ARG_TYPE('options.host', 'string', host);
  if (options.localAddress && !isIP(options.localAddress)) {
    throw codes.ERR_INVALID_IP_ADDRESS(options.localAddress);
  }
  if (options.localPort) validateNumber(options.localPort, 'options.localPort');
  if (options.autoSelectFamily != null) validateBoolean(options.autoSelectFamily, 'options.autoSelectFamily');
  if (options.autoSelectFamilyAttemptTimeout != null) {
    validateInteger(options.autoSelectFamilyAttemptTimeout, 'options.autoSelectFamilyAttemptTimeout', 1, 2 ** 31 - 1);
  }
  socket._host = host;
  const family = options.family ?? 0;
  const literal = isIP(host);
  if (literal !== 0) {
    process.nextTick(() => connectTo(socket, [{ address: host, family: literal }], port, options));
    return socket;
  }
  if (options.lookup != null) validateFunction(options.lookup, 'options.lookup');
  const all = options.autoSelectFamily ?? autoSelectFamily;
  const lookup = options.lookup ?? require('dns').lookup;
  lookup(host, { family, hints: options.hints ?? 0, all: true }, (err, addresses) => {
    if (!socket.connecting) return;
    // A custom lookup may give nothing usable (Node's error for it).
    if (!err && (addresses.length === 0 || !isIP(addresses[0].address))) {
      err = codes.ERR_INVALID_IP_ADDRESS(addresses[0]?.address);
    } else if (!err && addresses[0].family !== 4 && addresses[0].family !== 6) {
      err = codes.ERR_INVALID_ADDRESS_FAMILY(addresses[0].family, options.host, options.port);
    }
    const first = err ? undefined : addresses[0];
    socket.emit('lookup', err ?? null, first?.address, first?.family, host);
    if (err) {
      socket.destroy(err);
      return;
    }
    connectTo(socket, all ? addresses : [first], port, options);
  });
  return socket;
}

/** Tries `addresses` in order; the first that connects wins. */
function connectTo(socket, addresses, port, options, attempt = 0) {
  if (!socket.connecting) return;
  const { address, family } = addresses[attempt];
  let id;
  try {
    id = ops.socket(port === -1 ? 0 : family);
    if (options.localAddress !== undefined || options.localPort !== undefined) {
      ops.bind(id, options.localAddress ?? (family === 6 ? '::' : '0.0.0.0'), options.localPort ?? 0);
    }
  } catch (err) {
    if (id !== undefined) closeHandle(id);
    socket.destroy(exceptionWithHostPort(err, err.syscall ?? 'connect', address, port));
    return;
  }
  socket._handle = id;
  ownHandle(id, socket);
  const scope = port === -1 ? address : `${family === 6 ? `[${address}]` : address}:${port}`;
  const connected = (err) => {
    if (socket._handle !== id) return;
    if (err) {
      disownHandle(id);
      closeHandle(id);
      socket._handle = null;
      if (err.code === 'ERR_ACCESS_DENIED') {
        socket.destroy(err);
      } else if (attempt + 1 < addresses.length) {
        connectTo(socket, addresses, port, options, attempt + 1);
      } else {
        socket.destroy(port === -1 ? exceptionWithHostPort(err, 'connect', address)
          : exceptionWithHostPort(err, 'connect', address, port));
      }
      return;
    }
    socket.connecting = false;
    socket._attach(id, port === -1 ? [address, 'unix', -1] : null);
    socket._unrefTimer();
    socket.emit('connect');
    socket.emit('ready');
    // The first read (or an immediate end of file), unless paused.
    if (socket.readable && !socket.isPaused()) socket.read(0);
  };
  try {
    ops.connect(connected, scope, id, address, port);
  } catch (err) {
    // A denied capability: the socket errors, as a refused connect would.
    process.nextTick(connected, err);
  }
}

/** Closes the net handle `id` (`onClose` runs in the close phase) and
 * lets the plugin forget its socket. */
function closeHandle(id, onClose = undefined) {
  handles.close(id, onClose);
  ops.close(id);
}

/** A port number (or numeric string) in 0..65535; ERR_SOCKET_BAD_PORT
 * naming `name` otherwise. */
function validatePort(port, name = 'Port') {
  if ((typeof port !== 'number' && typeof port !== 'string') || (typeof port === 'string' && port.trim() === '') ||
      +port !== (+port >>> 0) || port > 0xFFFF) {
    throw codes.ERR_SOCKET_BAD_PORT(name, port);
  }
  return +port;
}

function getDefaultAutoSelectFamily() {
  return autoSelectFamily;
}

function setDefaultAutoSelectFamily(value) {
  if (typeof value !== 'boolean') throw codes.ERR_INVALID_ARG_TYPE('value', 'boolean', value);
  autoSelectFamily = value;
}

function getDefaultAutoSelectFamilyAttemptTimeout() {
  return autoSelectFamilyAttemptTimeout;
}

function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  validateNumber(value, 'value', 1);
  autoSelectFamilyAttemptTimeout = value < 10 ? 10 : value;
}

module.exports = {
  Socket, kServer, normalizeConnectArgs, connectSocket, closeHandle, validatePort, addressObject, isPipeName,
  getDefaultAutoSelectFamily, setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout, setDefaultAutoSelectFamilyAttemptTimeout,
};
