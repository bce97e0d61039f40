'use strict';
// node:worker_threads as seen from the main (and only) thread: channels and
// ports work within the thread; `new Worker()` throws, since bistro runs
// JavaScript on a single thread.

const EventEmitter = require('events');
const path = require('path');
const { codes, makeError } = require('internal/errors');
const { MessagePort, MessageChannel, receiveMessageOnPort, moveMessagePortToContext } = require('internal/worker/message_port');
const { BroadcastChannel } = require('internal/worker/broadcast_channel');
const { markAsUntransferable, isMarkedAsUntransferable, markAsUncloneable } = require('internal/structured_clone');

const environmentData = new Map();

/** A worker thread: not available in bistro; the constructor checks its arguments as Node does, then throws. */
class Worker extends EventEmitter {
  constructor(filename, options = {}) {
    super();
    const isUrl = filename !== null && typeof filename === 'object' && typeof filename.href === 'string' &&
      typeof filename.protocol === 'string';
    if (options.eval) {
      if (typeof filename !== 'string') {
        throw codes.ERR_INVALID_ARG_VALUE('options.eval', options.eval, "must be false when 'filename' is not a string");
      }
    } else if (isUrl) {
      if (filename.protocol !== 'file:' && filename.protocol !== 'data:') {
        throw makeError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
      }
    } else if (typeof filename !== 'string') {
      throw codes.ERR_INVALID_ARG_TYPE('filename', ['string', 'URL'], filename);
    } else if (!path.isAbsolute(filename) && !/^\.\.?[\\/]/.test(filename)) {
      const hint = filename.startsWith('file://') ? ' Wrap file:// URLs with `new URL`.'
        : filename.startsWith('data:text/javascript') ? ' Wrap data: URLs with `new URL`.' : '';
      throw makeError(TypeError, 'ERR_WORKER_PATH', 'The worker script or module filename must be an absolute path or a ' +
        `relative path starting with './' or '../'.${hint} Received "${filename}"`);
    }
    throw makeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED',
      'The Worker constructor is not implemented: bistro runs JavaScript on a single thread');
  }
}

/** Sets (or, with `value` undefined, deletes) a value workers would start with. */
function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}

/** The value set for `key` by setEnvironmentData. */
function getEnvironmentData(key) {
  return environmentData.get(key);
}

module.exports = {
  isMainThread: true,
  isInternalThread: false,
  threadId: 0,
  threadName: '',
  parentPort: null,
  workerData: null,
  resourceLimits: {},
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  Worker,
  MessageChannel,
  MessagePort,
  BroadcastChannel,
  receiveMessageOnPort,
  moveMessagePortToContext,
  markAsUntransferable,
  isMarkedAsUntransferable,
  markAsUncloneable,
  getEnvironmentData,
  setEnvironmentData,
};
