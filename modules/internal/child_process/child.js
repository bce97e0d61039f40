'use strict';
// ChildProcess: one spawned process as an EventEmitter, with Node's
// events in Node's order — 'spawn' (next tick), then 'exit' (code,
// signal) when it ends, then 'close' once its output streams (and its IPC
// channel) have closed too; or 'error' (a failed start, kill or abort)
// and still 'close'.
// The process plugin does the work: `child_spawn` starts the child as a
// `ProcessWrap` kernel handle whose one event is its exit (it keeps the
// loop alive while referenced: `ref()`/`unref()`), `child_kill` signals
// it.

const EventEmitter = require('events');
const { codes, errnoException, validateObject, validateString } = require('internal/errors');
const { convertToValidSignal, signalName } = require('internal/signals');
const { spawnOpOptions, toEnvPairs, validateArray } = require('internal/child_process/normalize');
const { getValidStdio } = require('internal/child_process/stdio');
const { Pipe, PipeHandle } = require('internal/child_process/pipe');
const { setupChannel } = require('internal/child_process/ipc');

const ops = binding.ops.process;
const handles = binding.handles;
const { ownHandle, disownHandle } = require('internal/process/resources');

const UV_EACCES = -13;
const UV_EAGAIN = -11;
const UV_EINVAL = -22;
const UV_EMFILE = -24;
const UV_ENFILE = -23;
const UV_ENOENT = -2;
const UV_ENOSYS = -38;
const UV_ESRCH = -3;

/** The process behind a ChildProcess (Node's Process wrap). */
class ProcessHandle {
  constructor() {
    this.rid = null;
    this.pid = undefined;
    this.pipes = [];
    this.onexit = null;
  }

  /** Starts the child: 0, or a negative errno. */
  spawn(options) {
    binding.flushStdout();
    const started = ops.child_spawn(spawnOpOptions(options, options.stdio));
    if (typeof started === 'number') return started;
    this.rid = started.rid;
    this.pid = started.pid;
    this.pipes = started.pipes;
    // The child is a kernel handle whose one event is its exit.
    handles.listen(this.rid, (err, exit) => {
      if (this.rid === null || exit === null) return;
      if (err) this.onexit(err.errno ?? -5, null);
      else this.onexit(exit[0] ?? 0, signalName(exit[1]));
    });
    return 0;
  }

  kill(signal) {
    return this.rid === null ? UV_ESRCH : ops.child_kill(this.rid, signal);
  }

  ref() {
    if (this.rid !== null) handles.ref(this.rid, true);
  }

  unref() {
    if (this.rid !== null) handles.ref(this.rid, false);
  }

  close() {
    if (this.rid === null) return;
    handles.close(this.rid);
    disownHandle(this.rid);
    ops.child_close(this.rid);
    this.rid = null;
  }
}

function maybeClose(child) {
  child._closesGot++;
  if (child._closesGot === child._closesNeeded) child.emit('close', child.exitCode, child.signalCode);
}

// After the exit, unread output is drained so that the streams reach
// their end and close (on the next tick: the last chance to read it).
function flushStdio(child) {
  const stdio = child.stdio;
  if (stdio == null) return;
  for (const stream of stdio) {
    if (!stream || !stream.readable || stream._usedAsStdio) continue;
    stream.resume();
  }
}

function onExit(child, exitCode, signalCode) {
  if (signalCode) child.signalCode = signalCode;
  else child.exitCode = exitCode;
  if (child.stdin) child.stdin.destroy();
  child._handle.close();
  child._handle = null;
  if (exitCode < 0) {
    const err = errnoException(exitCode, child.spawnfile ? `spawn ${child.spawnfile}` : 'spawn');
    if (child.spawnfile) err.path = child.spawnfile;
    err.spawnargs = child.spawnargs.slice(1);
    child.emit('error', err);
  } else {
    child.emit('exit', child.exitCode, child.signalCode);
  }
  process.nextTick(flushStdio, child);
  maybeClose(child);
}

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._handle = new ProcessHandle();
    this._handle.onexit = (exitCode, signalCode) => onExit(this, exitCode, signalCode);
  }

  /** Starts the process from normalized options (`file`, `args` with argv0
   * first, `envPairs`, `stdio`, ...): 0, or the errno of a start that
   * failed in a way reported by an 'error' event. */
  spawn(options) {
    validateObject(options, 'options');
    const valid = getValidStdio(options.stdio || 'pipe', false);
    const stdio = options.stdio = valid.stdio;
    if (options.serialization !== undefined && options.serialization !== 'json' &&
        options.serialization !== 'advanced') {
      throw codes.ERR_INVALID_ARG_VALUE('options.serialization', options.serialization,
        "must be one of: undefined, 'json', 'advanced'");
    }
    if (valid.ipc !== undefined) {
      // The channel's variables go with the environment the child gets.
      if (options.envPairs === undefined) options.envPairs = toEnvPairs(process.env);
      else validateArray(options.envPairs, 'options.envPairs');
      if (options.serialization === 'advanced') {
        throw codes.ERR_FEATURE_UNAVAILABLE_ON_PLATFORM("serialization: 'advanced' (only 'json' IPC)");
      }
      options.envPairs.push(`NODE_CHANNEL_FD=${valid.ipc}`, 'NODE_CHANNEL_SERIALIZATION_MODE=json');
    }
    validateString(options.file, 'options.file');
    this.spawnfile = options.file;
    if (options.args === undefined) {
      this.spawnargs = [];
    } else {
      validateArray(options.args, 'options.args');
      this.spawnargs = options.args;
    }

    const err = this._handle.spawn(options);
    if (err === UV_EACCES || err === UV_EAGAIN || err === UV_EMFILE || err === UV_ENFILE || err === UV_ENOENT) {
      process.nextTick(() => this._handle.onexit(err));
      if (err === UV_EMFILE || err === UV_ENFILE) return err;
    } else if (err) {
      this._handle = null;
      throw errnoException(err, 'spawn');
    } else {
      process.nextTick(() => this.emit('spawn'));
      ownHandle(this._handle.rid, this);
    }
    this.pid = this._handle.pid;

    const streams = [];
    for (let i = 0; i < stdio.length; i++) {
      const slot = stdio[i];
      if (slot.type === 'wrap') slot._stdio._useAsStdio?.();
      if (slot.type !== 'pipe' || slot.ipc) {
        if (slot.ipc) this._closesNeeded++;
        streams.push(null);
        continue;
      }
      const rid = this._handle.pipes[i] ?? null;
      const stream = new Pipe(new PipeHandle(rid), i > 0);
      if (i > 0) {
        this._closesNeeded++;
        stream.on('close', () => maybeClose(this));
      }
      streams.push(stream);
    }
    this.stdin = streams.length >= 1 ? streams[0] : null;
    this.stdout = streams.length >= 2 ? streams[1] : null;
    this.stderr = streams.length >= 3 ? streams[2] : null;
    this.stdio = streams;
    if (valid.ipc !== undefined) {
      setupChannel(this, this._handle.pipes[valid.ipc] ?? null, { referenced: true, onEnd: () => maybeClose(this) });
    }
    return err;
  }

  /** Sends `sig` (default SIGTERM; 0 only checks): true if it was sent. */
  kill(sig) {
    const signal = sig === 0 ? sig : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
    if (this._handle) {
      const err = this._handle.kill(signal);
      if (err === 0) {
        this.killed = true;
        return true;
      }
      if (err === UV_EINVAL || err === UV_ENOSYS) throw errnoException(err, 'kill');
      if (err !== UV_ESRCH) this.emit('error', errnoException(err, 'kill'));
    }
    return false;
  }

  [Symbol.dispose]() {
    if (!this.killed) this.kill();
  }

  ref() {
    if (this._handle) this._handle.ref();
  }

  unref() {
    if (this._handle) this._handle.unref();
  }
}

module.exports = { ChildProcess };
