'use strict';
// http.Agent: a pool of client connections by host and port. Requests
// beyond `maxSockets` wait; with `keepAlive`, a socket whose response is
// done is kept free (unreferenced, with a timeout) for the next request.

const EventEmitter = require('events');
const net = require('net');
const { validateNumber, validateOneOf, validateString } = require('internal/errors');
const { callableClass } = require('internal/callable');

class Agent extends EventEmitter {
  constructor(options = undefined) {
    super();
    this.defaultPort = 80;
    this.protocol = 'http:';
    this.options = { __proto__: null, ...options };
    if (this.options.noDelay === undefined) this.options.noDelay = true;
    this.options.path = null;
    this.requests = { __proto__: null };
    this.sockets = { __proto__: null };
    this.freeSockets = { __proto__: null };
    this.keepAliveMsecs = this.options.keepAliveMsecs || 1000;
    this.keepAlive = this.options.keepAlive || false;
    this.maxSockets = this.options.maxSockets || Agent.defaultMaxSockets;
    this.maxFreeSockets = this.options.maxFreeSockets || 256;
    this.scheduling = this.options.scheduling || 'lifo';
    this.maxTotalSockets = this.options.maxTotalSockets ?? Infinity;
    const buffer = this.options.agentKeepAliveTimeoutBuffer;
    this.agentKeepAliveTimeoutBuffer = typeof buffer === 'number' && buffer >= 0 && Number.isFinite(buffer) ? buffer : 1000;
    this.totalSocketCount = 0;
    validateOneOf(this.scheduling, 'scheduling', ['fifo', 'lifo']);
    if (this.maxTotalSockets !== Infinity) validateNumber(this.maxTotalSockets, 'maxTotalSockets', 1);
    this.on('free', (socket, options) => this._onFree(socket, options));
  }

  /** The pool a request with `options` belongs to. */
  getName(options = {}) {
    let name = options.host || 'localhost';
    name += ':';
    if (options.port) name += options.port;
    name += ':';
    if (options.localAddress) name += options.localAddress;
    if (options.family === 4 || options.family === 6) name += `:${options.family}`;
    if (options.socketPath) name += `:${options.socketPath}`;
    return name;
  }

  /** Gives `req` a socket now (a free one or a new one) or queues it. */
  addRequest(req, options, port = undefined, localAddress = undefined) {
    // Legacy: addRequest(req, host, port, localAddress).
    if (typeof options === 'string') options = { __proto__: null, host: options, port, localAddress };
    options = { __proto__: null, ...options, ...this.options };
    if (options.socketPath) options.path = options.socketPath;
    if (!options.servername && options.servername !== '') options.servername = calculateServerName(options, req);
    const name = this.getName(options);
    this.sockets[name] ??= [];
    const free = this.freeSockets[name];
    let socket;
    while (free?.length > 0) {
      socket = this.scheduling === 'fifo' ? free.shift() : free.pop();
      if (!socket.destroyed) break;
      socket = undefined;
    }
    if (free?.length === 0) delete this.freeSockets[name];
    if (socket !== undefined) {
      this.reuseSocket(socket, req);
      this.sockets[name].push(socket);
      req.onSocket(socket);
      return;
    }
    if (this.sockets[name].length < this.maxSockets && this.totalSocketCount < this.maxTotalSockets) {
      this.createSocket(req, options, (err, created) => (err ? req.onSocket(created, err) : req.onSocket(created)));
      return;
    }
    (this.requests[name] ??= []).push(req);
  }

  /** Opens a connection for `req`. */
  createSocket(req, options, callback) {
    options = { __proto__: null, ...options, ...this.options };
    if (options.socketPath) options.path = options.socketPath;
    const name = this.getName(options);
    options._agentKey = name;
    options.encoding = null;
    this.totalSocketCount++;
    let called = false;
    const done = (err, socket) => {
      if (called) return;
      called = true;
      if (err) {
        this.totalSocketCount--;
        return callback(err);
      }
      (this.sockets[name] ??= []).push(socket);
      this._watch(socket, options, name);
      callback(null, socket);
    };
    const socket = this.createConnection(options, done);
    if (socket) done(null, socket);
  }

  createConnection(options, callback) {
    return net.createConnection(options, callback === undefined ? undefined : () => {});
  }

  keepSocketAlive(socket) {
    socket.setKeepAlive(true, this.keepAliveMsecs);
    socket.unref();
    let timeout = this.options.timeout;
    const hint = socket._httpMessage?.res?.headers['keep-alive'];
    const match = typeof hint === 'string' ? /timeout=(\d+)/.exec(hint) : null;
    if (match) {
      const serverMs = Number(match[1]) * 1000 - this.agentKeepAliveTimeoutBuffer;
      if (serverMs > 0 && (timeout === undefined || serverMs < timeout)) timeout = serverMs;
    }
    if (socket.timeout !== timeout) socket.setTimeout(timeout ?? 0);
    return true;
  }

  reuseSocket(socket, req) {
    req.reusedSocket = true;
    socket.removeListener('error', onFreeSocketError);
    socket.ref();
  }

  destroy() {
    for (const set of [this.freeSockets, this.sockets]) {
      for (const name of Object.keys(set)) for (const socket of set[name]) socket.destroy();
    }
  }

  /** A socket whose request is done: the next queued request gets it, or
   * it is kept free, or closed. */
  _onFree(socket, options) {
    if (socket.destroyed) return;
    const name = this.getName(options);
    const queue = this.requests[name];
    if (queue?.length > 0) {
      const req = queue.shift();
      if (queue.length === 0) delete this.requests[name];
      // A waiting request takes the socket over; it was never free, so it
      // does not count as reused.
      socket._httpMessage = null;
      req.onSocket(socket);
      return;
    }
    const req = socket._httpMessage;
    if (!req || !req.shouldKeepAlive || !this.keepAlive) {
      socket.destroy();
      return;
    }
    const free = (this.freeSockets[name] ??= []);
    if (this.totalSocketCount > this.maxTotalSockets || free.length >= this.maxFreeSockets || !this.keepSocketAlive(socket)) {
      socket.destroy();
      return;
    }
    removeFrom(this.sockets, name, socket);
    free.push(socket);
    socket._httpMessage = null;
    socket.once('error', onFreeSocketError);
  }

  /** Forgets `socket` when it closes or idles out. */
  _watch(socket, options, name) {
    socket.on('free', () => this.emit('free', socket, options));
    const forget = () => {
      this.totalSocketCount--;
      removeFrom(this.sockets, name, socket);
      removeFrom(this.freeSockets, name, socket);
      const queue = this.requests[name];
      if (queue?.length > 0 && (this.sockets[name]?.length ?? 0) < this.maxSockets) {
        const req = queue.shift();
        if (queue.length === 0) delete this.requests[name];
        this.createSocket(req, options, (err, created) => (err ? req.onSocket(created, err) : req.onSocket(created)));
      }
    };
    socket.once('close', forget);
    socket.on('timeout', () => {
      if (this.freeSockets[name]?.includes(socket)) socket.destroy();
    });
    socket.on('agentRemove', () => {
      removeFrom(this.sockets, name, socket);
      socket.removeListener('close', forget);
      this.totalSocketCount--;
    });
  }
}

Agent.defaultMaxSockets = Infinity;

/** The TLS server name of a request: its Host header's host name (which
 * must be a string), else options.host; never an IP address. */
function calculateServerName(options, req) {
  let servername = options.host;
  const hostHeader = req.getHeader('host');
  if (hostHeader) {
    validateString(hostHeader, 'options.headers.host');
    if (hostHeader.startsWith('[')) {
      const index = hostHeader.indexOf(']');
      servername = index === -1 ? hostHeader : hostHeader.substring(1, index);
    } else {
      servername = hostHeader.split(':', 1)[0];
    }
  }
  if (net.isIP(servername)) servername = '';
  return servername;
}

function removeFrom(sets, name, socket) {
  const list = sets[name];
  if (!list) return;
  const at = list.indexOf(socket);
  if (at !== -1) list.splice(at, 1);
  if (list.length === 0) delete sets[name];
}

function onFreeSocketError() {
  this.destroy();
}

/** The process-wide agent (keep-alive, as since Node 19). */
const globalAgent = { current: new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 }) };

module.exports = { Agent: callableClass(Agent), globalAgent };
