'use strict';
// The IPC channel of fork(): JSON messages, one per line, over a socket
// pair (Node's 'json' serialization). The parent has child.send() and the
// child's 'message' events; the child (a process started with
// NODE_CHANNEL_FD) has process.send() and process.on('message'). Reads are
// unreferenced ops: the channel keeps the loop alive only while it is
// referenced — in the parent from the start, in the child while it has
// 'message' or 'disconnect' listeners (channel.ref()/unref() decide for
// good). Handles cannot be sent.

const EventEmitter = require('events');
const { codes, errnoException, validateObject } = require('internal/errors');
const { StringDecoder } = require('string_decoder');
const { Buffer } = require('buffer');
const { nextTick } = require('internal/ticks');

const ops = binding.ops.process;
const kPendingMessages = Symbol('kPendingMessages');

/** process.channel / child.channel (Node's Control): whether the channel
 * keeps the process alive. */
class Control extends EventEmitter {
  #rid;
  #refs = 0;
  #refExplicitlySet = false;

  constructor(rid, referenced) {
    super();
    this.#rid = rid;
    this[kPendingMessages] = [];
    if (referenced) this.#setRef(true);
  }

  #setRef(on) {
    if (this.#rid !== null) ops.pipe_ref(this.#rid, on);
  }

  refCounted() {
    if (++this.#refs === 1 && !this.#refExplicitlySet) this.#setRef(true);
  }

  unrefCounted() {
    if (--this.#refs === 0 && !this.#refExplicitlySet) this.#setRef(false);
  }

  ref() {
    this.#refExplicitlySet = true;
    this.#setRef(true);
  }

  unref() {
    this.#refExplicitlySet = true;
    this.#setRef(false);
  }
}

// 'NODE_…' commands are Node's own messages ('internalMessage' events).
function isInternal(message) {
  return message !== null && typeof message === 'object' && typeof message.cmd === 'string' &&
    message.cmd.length > 5 && message.cmd.startsWith('NODE_');
}

/** The writing side: what fits is written at once (as libuv tries), the
 * rest in order by reactor ops. */
class Writer {
  constructor(rid) {
    this.rid = rid;
    this.queue = [];
    this.queuedBytes = 0;
  }

  write(bytes, callback) {
    if (this.queue.length === 0) {
      const written = this.rid === null ? -32 : ops.pipe_try_write(this.rid, bytes);
      if (written < 0) {
        nextTick(callback, errnoException(written, 'write'));
        return;
      }
      if (written === bytes.length) {
        nextTick(callback, null);
        return;
      }
      bytes = bytes.subarray(written);
    }
    this.queue.push([bytes, callback]);
    this.queuedBytes += bytes.length;
    if (this.queue.length === 1) this.flush();
  }

  flush() {
    const [bytes, callback] = this.queue[0];
    ops.pipe_write((err) => {
      this.queue.shift();
      this.queuedBytes -= bytes.length;
      callback(err ? errnoException(err.errno, 'write') : null);
      if (this.queue.length > 0) this.flush();
    }, this.rid, bytes);
  }
}

/** Makes `target` (a ChildProcess or process) talk over the pipe `rid`:
 * send(), disconnect(), connected, channel, and 'message',
 * 'internalMessage' and 'disconnect' events. `onEnd` runs when the other
 * side closes the channel. */
function setupChannel(target, rid, { referenced, onEnd }) {
  const control = new Control(rid, referenced);
  target.channel = control;
  const writer = new Writer(rid);
  const decoder = new StringDecoder('utf8');
  let partial = '';
  let open = rid !== null;

  function emit(event, message) {
    if (event === 'internalMessage' || target.listenerCount('message')) {
      target.emit(event, message);
      return;
    }
    target.channel[kPendingMessages].push([event, message]);
  }

  function handleMessage(message) {
    if (!target.channel) return;
    nextTick(emit, isInternal(message) ? 'internalMessage' : 'message', message);
  }

  function close() {
    if (!open) return;
    open = false;
    ops.pipe_close(rid);
  }

  function onEndOfChannel() {
    if (target.connected) target.disconnect();
    close();
    target.channel = null;
    onEnd?.();
  }

  function readNext() {
    if (!open) {
      nextTick(onEndOfChannel);
      return;
    }
    ops.pipe_read_unref((err, bytes) => {
      if (!open || bytes === null) return;
      if (err || bytes.byteLength === 0) {
        onEndOfChannel();
        return;
      }
      const lines = (partial + decoder.write(Buffer.from(bytes))).split('\n');
      partial = lines.pop();
      for (const line of lines) handleMessage(JSON.parse(line));
      readNext();
    }, rid);
  }

  // Messages that arrived before a 'message' listener are delivered to it.
  target.on('newListener', () => {
    nextTick(() => {
      if (!target.channel || !target.listenerCount('message')) return;
      const pending = target.channel[kPendingMessages];
      target.channel[kPendingMessages] = [];
      for (const [event, message] of pending) target.emit(event, message);
    });
  });

  target.send = function send(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined) {
      validateObject(options, 'options');
    }
    options = { swallowErrors: false, ...options };
    if (this.connected) return this._send(message, handle, options, callback);
    const ex = codes.ERR_IPC_CHANNEL_CLOSED();
    if (typeof callback === 'function') nextTick(callback, ex);
    else nextTick(() => this.emit('error', ex));
    return false;
  };

  target._send = function _send(message, handle, options, callback) {
    if (message === undefined) throw codes.ERR_MISSING_ARGS('message');
    if (typeof message !== 'string' && typeof message !== 'object' && typeof message !== 'number' &&
        typeof message !== 'boolean') {
      throw codes.ERR_INVALID_ARG_TYPE('message', ['string', 'object', 'number', 'boolean'], message);
    }
    if (handle) throw codes.ERR_INVALID_HANDLE_TYPE();
    if (typeof options === 'boolean') options = { swallowErrors: options };
    writer.write(Buffer.from(`${JSON.stringify(message)}\n`), (err) => {
      if (err && options.swallowErrors) return;
      if (typeof callback === 'function') callback(err);
      else if (err) this.emit('error', err);
    });
    // Node's advice to stop sending: more than two reads' worth queued.
    return writer.queuedBytes < 65536 * 2;
  };

  target.connected = true;

  target.disconnect = function disconnect() {
    if (!this.connected) {
      this.emit('error', codes.ERR_IPC_DISCONNECTED());
      return;
    }
    this.connected = false;
    this.channel = null;
    nextTick(() => {
      close();
      target.emit('disconnect');
    });
  };

  readNext();
  return control;
}

/** In a child started by fork(): the channel on the fd the parent passed
 * (NODE_CHANNEL_FD), referenced while 'message' or 'disconnect' has
 * listeners. */
function setupForkChild(target) {
  const fd = Number.parseInt(target.env.NODE_CHANNEL_FD, 10);
  delete target.env.NODE_CHANNEL_FD;
  delete target.env.NODE_CHANNEL_SERIALIZATION_MODE;
  const control = setupChannel(target, ops.pipe_open(fd), { referenced: false });
  target.on('newListener', (name) => {
    if (name === 'message' || name === 'disconnect') control.refCounted();
  });
  target.on('removeListener', (name) => {
    if (name === 'message' || name === 'disconnect') control.unrefCounted();
  });
}

module.exports = { setupChannel, setupForkChild };
