'use strict';
// PerformanceObserver and the performance timeline's buffers: marks and
// measures (kept until cleared) and resource timings (kept up to a limit;
// more wait in a secondary buffer until 'resourcetimingbufferfull' has had
// a chance to make room).

const { codes, validateFunction, validateObject } = require('internal/errors');
const { isEntry, kSkipThrow } = require('internal/perf/entries');

const kInspect = Symbol.for('nodejs.util.inspect.custom');

const supportedEntryTypes = Object.freeze(
  ['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'quic', 'resource']);

const byStartTime = (a, b) => a.startTime - b.startTime;

function invalidModification(message) {
  const { DOMException } = require('internal/dom_exception');
  return new DOMException(message, 'InvalidModificationError');
}

function inspectAs(name, value, depth, options) {
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${require('util').inspect(value, opts)}`;
}

class PerformanceObserverEntryList {
  #entries;

  constructor(skipThrow = undefined, entries = []) {
    if (skipThrow !== kSkipThrow) throw codes.ERR_ILLEGAL_CONSTRUCTOR();
    this.#entries = entries.sort(byStartTime);
  }

  getEntries() {
    return this.#entries.slice();
  }

  getEntriesByType(type) {
    if (arguments.length === 0) throw codes.ERR_MISSING_ARGS('type');
    type = `${type}`;
    return this.#entries.filter((entry) => entry.entryType === type);
  }

  getEntriesByName(name, type = undefined) {
    if (arguments.length === 0) throw codes.ERR_MISSING_ARGS('name');
    name = `${name}`;
    return this.#entries.filter((entry) => entry.name === name && (type == null || entry.entryType === type));
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return inspectAs('PerformanceObserverEntryList', this.#entries, depth, options);
  }
}

// Observers with at least one entry type, and those with entries waiting
// to be delivered (all together, from one setImmediate).
const observers = new Set();
const pending = new Set();
let deliveryQueued = false;

function queueDelivery(observer) {
  pending.add(observer);
  if (deliveryQueued) return;
  deliveryQueued = true;
  setImmediate(() => {
    deliveryQueued = false;
    const due = [...pending];
    pending.clear();
    for (const each of due) deliver(each);
  });
}

const kSingle = 0;
const kMultiple = 1;

// offer(observer, entry) buffers an entry for an observer of its type;
// deliver(observer) calls its callback with what it has buffered.
let offer;
let deliver;

class PerformanceObserver {
  #callback;
  #buffer = [];
  #entryTypes = new Set();
  #mode;

  static {
    offer = (observer, entry) => {
      if (!observer.#entryTypes.has(entry.entryType)) return;
      observer.#buffer.push(entry);
      queueDelivery(observer);
    };
    deliver = (observer) => {
      observer.#callback(new PerformanceObserverEntryList(kSkipThrow, observer.takeRecords()), observer);
    };
  }

  constructor(callback) {
    validateFunction(callback, 'callback');
    this.#callback = callback;
  }

  static get supportedEntryTypes() {
    return supportedEntryTypes;
  }

  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = { ...options };
    if (entryTypes === undefined && type === undefined) throw codes.ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    if (entryTypes != null && type != null) {
      throw codes.ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes,
        'options.entryTypes can not set with options.type together');
    }
    const mode = entryTypes !== undefined ? kMultiple : kSingle;
    if (this.#mode === kSingle && mode === kMultiple) {
      throw invalidModification('PerformanceObserver can not change to multiple observations');
    }
    if (this.#mode === kMultiple && mode === kSingle) {
      throw invalidModification('PerformanceObserver can not change to single observation');
    }
    this.#mode = mode;
    if (mode === kMultiple) {
      if (!Array.isArray(entryTypes)) throw codes.ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
      this.#entryTypes = new Set(entryTypes.filter((each) => supportedEntryTypes.includes(each)));
    } else {
      if (!supportedEntryTypes.includes(type)) return;
      this.#entryTypes.add(type);
      if (buffered) {
        this.#buffer.push(...entriesOf(undefined, type));
        queueDelivery(this);
      }
    }
    if (this.#entryTypes.size > 0) observers.add(this);
    else this.disconnect();
  }

  disconnect() {
    observers.delete(this);
    pending.delete(this);
    this.#buffer = [];
    this.#entryTypes.clear();
    this.#mode = undefined;
  }

  takeRecords() {
    const list = this.#buffer;
    this.#buffer = [];
    return list;
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return inspectAs('PerformanceObserver', {
      connected: observers.has(this),
      pending: pending.has(this),
      entryTypes: [...this.#entryTypes],
      buffer: this.#buffer,
    }, depth, options);
  }
}
for (const name of ['observe', 'disconnect', 'takeRecords']) {
  Object.defineProperty(PerformanceObserver.prototype, name, { enumerable: true });
}
for (const Class of [PerformanceObserver, PerformanceObserverEntryList]) {
  Object.defineProperty(Class.prototype, Symbol.toStringTag, { value: Class.name, configurable: true });
}

/** Hands `entry` to every observer of its type. */
function enqueue(entry) {
  if (!isEntry(entry)) throw codes.ERR_INVALID_ARG_TYPE('entry', 'PerformanceEntry', entry);
  for (const observer of observers) offer(observer, entry);
}

const buffers = { mark: [], measure: [], resource: [] };
let resourceLimit = 250;
let resourceOverflow = [];
let bufferFullPending = false;
let dispatchBufferFull = () => {};

const kWarnSize = 1e6;
const warned = new Set();

/** Keeps a mark or measure in the timeline (warning once past a million). */
function bufferUserTiming(entry) {
  const buffer = buffers[entry.entryType];
  buffer.push(entry);
  if (buffer.length > kWarnSize && !warned.has(entry.entryType)) {
    warned.add(entry.entryType);
    const clear = entry.entryType === 'mark' ? 'performance.clearMarks' : 'performance.clearMeasures';
    const warning = new Error(`Possible perf_hooks memory leak detected. ${buffer.length} ${entry.entryType} entries ` +
      `added to the global performance entry buffer. Use ${clear} to clear the buffer.`);
    warning.name = 'MaxPerformanceEntryBufferExceededWarning';
    warning.entryType = entry.entryType;
    warning.count = buffer.length;
    process.emitWarning(warning);
  }
}

/** Keeps a resource timing, or holds it back while the buffer is full. */
function bufferResourceTiming(entry) {
  if (buffers.resource.length < resourceLimit && !bufferFullPending) {
    buffers.resource.push(entry);
    return;
  }
  resourceOverflow.push(entry);
  if (bufferFullPending) return;
  bufferFullPending = true;
  setImmediate(() => {
    // Each 'resourcetimingbufferfull' may clear the buffer or raise the
    // limit; what then fits moves over, the rest is dropped once no
    // listener makes room.
    while (resourceOverflow.length > 0) {
      const before = resourceOverflow.length;
      dispatchBufferFull();
      const room = Math.max(Math.min(resourceLimit - buffers.resource.length, resourceOverflow.length), 0);
      buffers.resource.push(...resourceOverflow.slice(0, room));
      if (before <= resourceOverflow.length - room) resourceOverflow = [];
      else resourceOverflow = resourceOverflow.slice(room);
    }
    bufferFullPending = false;
  });
}

function setResourceTimingBufferSize(size) {
  resourceLimit = size;
}

function setDispatchBufferFull(dispatch) {
  dispatchBufferFull = dispatch;
}

/** Removes the buffered entries of `type` (all, or those named `name`). */
function clearEntries(type, name) {
  buffers[type] = name === undefined ? [] : buffers[type].filter((entry) => entry.name !== name);
}

/** The buffered entries, by start time, filtered by name and type. */
function entriesOf(name, type) {
  let list;
  if (type === undefined) list = [...buffers.mark, ...buffers.measure, ...buffers.resource];
  else if (Object.hasOwn(buffers, type)) list = buffers[type].slice();
  else return [];
  if (name !== undefined) list = list.filter((entry) => entry.name === name);
  return list.sort(byStartTime);
}

module.exports = {
  PerformanceObserver, PerformanceObserverEntryList, enqueue, bufferUserTiming, bufferResourceTiming,
  setResourceTimingBufferSize, setDispatchBufferFull, clearEntries, entriesOf,
};
