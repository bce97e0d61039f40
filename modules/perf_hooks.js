'use strict';
// node:perf_hooks — the performance object (an EventTarget: now(),
// timeOrigin, marks, measures, resource timings, nodeTiming), observers,
// timerify(), histograms and event-loop utilization. The parts live in
// internal/perf/*.

const { codes, validateFunction, validateObject } = require('internal/errors');
const { EventTarget, Event } = require('internal/event_target');
const {
  PerformanceEntry, PerformanceMeasure, PerformanceResourceTiming, createNodeEntry, createResourceTiming,
} = require('internal/perf/entries');
const observe = require('internal/perf/observe');
const { PerformanceObserver, PerformanceObserverEntryList, enqueue } = observe;
const { now, getTimeOrigin, nodeTiming, eventLoopUtilization } = require('internal/perf/timing');
const userTiming = require('internal/perf/user_timing');
const { PerformanceMark } = userTiming;
const { createHistogram, monitorEventLoopDelay, isHistogram } = require('internal/perf/histogram');

const kInspect = Symbol.for('nodejs.util.inspect.custom');

let isPerformance;
const kPerformance = Symbol('kPerformance');

// WebIDL's `unsigned long`: a number, truncated, modulo 2 ** 32 (NaN and
// infinities are 0).
function toUnsignedLong(value) {
  const number = Number(value);
  if (!Number.isFinite(number)) return 0;
  const integer = Math.trunc(number);
  return ((integer % 2 ** 32) + 2 ** 32) % 2 ** 32;
}

class Performance extends EventTarget {
  #brand;

  static {
    isPerformance = (value) => value !== null && typeof value === 'object' && #brand in value;
  }

  constructor(skipThrow = undefined) {
    if (skipThrow !== kPerformance) throw codes.ERR_ILLEGAL_CONSTRUCTOR();
    super();
  }

  clearMarks(name = undefined) {
    check(this);
    if (name !== undefined) name = `${name}`;
    userTiming.clearMarkTimes(name);
    observe.clearEntries('mark', name);
  }

  clearMeasures(name = undefined) {
    check(this);
    observe.clearEntries('measure', name === undefined ? undefined : `${name}`);
  }

  clearResourceTimings(name = undefined) {
    check(this);
    observe.clearEntries('resource', name === undefined ? undefined : `${name}`);
  }

  getEntries() {
    check(this);
    return observe.entriesOf();
  }

  getEntriesByName(name, type = undefined) {
    check(this);
    if (arguments.length === 0) throw codes.ERR_MISSING_ARGS('name');
    return observe.entriesOf(`${name}`, type === undefined ? undefined : `${type}`);
  }

  getEntriesByType(type) {
    check(this);
    if (arguments.length === 0) throw codes.ERR_MISSING_ARGS('type');
    return observe.entriesOf(undefined, `${type}`);
  }

  mark(name, options = {}) {
    check(this);
    if (arguments.length === 0) throw codes.ERR_MISSING_ARGS('name');
    return userTiming.mark(name, options);
  }

  measure(name, startOrOptions = {}, endMark = undefined) {
    check(this);
    if (arguments.length === 0) throw codes.ERR_MISSING_ARGS('name');
    return userTiming.measure(name, startOrOptions, endMark);
  }

  now() {
    check(this);
    return now();
  }

  setResourceTimingBufferSize(maxSize) {
    check(this);
    if (arguments.length === 0) throw codes.ERR_MISSING_ARGS('maxSize');
    observe.setResourceTimingBufferSize(toUnsignedLong(maxSize));
  }

  get timeOrigin() {
    check(this);
    return getTimeOrigin();
  }

  toJSON() {
    check(this);
    return { nodeTiming: this.nodeTiming, timeOrigin: this.timeOrigin, eventLoopUtilization: this.eventLoopUtilization() };
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Performance ${require('util').inspect({ nodeTiming: this.nodeTiming, timeOrigin: this.timeOrigin }, opts)}`;
  }
}

function check(self) {
  if (!isPerformance(self)) throw codes.ERR_INVALID_THIS('Performance');
}

/**
 * Records a resource timing (what fetch reports for each request): queues
 * it for observers and keeps it in the timeline.
 */
function markResourceTiming(timingInfo, requestedUrl, initiatorType, global, cacheMode, bodyInfo, responseStatus,
  deliveryType = '') {
  const entry = createResourceTiming(timingInfo, requestedUrl, initiatorType, cacheMode, bodyInfo, responseStatus,
    deliveryType);
  enqueue(entry);
  observe.bufferResourceTiming(entry);
  return entry;
}

/**
 * perf_hooks.timerify(fn[, options]): fn wrapped so that each call (or
 * construction) queues a 'function' entry with its duration, and records
 * it in options.histogram; a promise's time runs until it settles.
 */
function timerify(fn, options = {}) {
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  const { histogram } = options;
  if (histogram !== undefined && (!isHistogram(histogram) || typeof histogram.record !== 'function')) {
    throw codes.ERR_INVALID_ARG_TYPE('options.histogram', 'RecordableHistogram', histogram);
  }
  function complete(start, args) {
    const duration = now() - start;
    if (histogram !== undefined) histogram.record(Math.ceil(duration * 1e6));
    const entry = createNodeEntry(fn.name, 'function', start, duration, args);
    for (let i = 0; i < args.length; i++) entry[i] = args[i];
    enqueue(entry);
  }
  function timerified(...args) {
    const start = now();
    if (new.target !== undefined) {
      const result = Reflect.construct(fn, args, fn);
      complete(start, args);
      return result;
    }
    const result = Reflect.apply(fn, this, args);
    if (typeof result?.finally === 'function') return result.finally(() => complete(start, args));
    complete(start, args);
    return result;
  }
  Object.defineProperties(timerified, {
    length: { value: fn.length, enumerable: true, configurable: false },
    name: { value: `timerified ${fn.name}`, enumerable: true, configurable: false },
  });
  return timerified;
}

const enumerable = ['clearMarks', 'clearMeasures', 'clearResourceTimings', 'getEntries', 'getEntriesByName',
  'getEntriesByType', 'mark', 'measure', 'now', 'setResourceTimingBufferSize', 'timeOrigin', 'toJSON'];
for (const name of enumerable) Object.defineProperty(Performance.prototype, name, { enumerable: true });
Object.defineProperties(Performance.prototype, {
  [Symbol.toStringTag]: { value: 'Performance', configurable: true },
  // Node's own additions.
  eventLoopUtilization: { value: eventLoopUtilization, writable: true, configurable: true },
  nodeTiming: { value: nodeTiming, writable: true, configurable: true },
  markResourceTiming: { value: markResourceTiming, writable: true, configurable: true },
  timerify: { value: timerify, writable: true, configurable: true },
});

// performance.onresourcetimingbufferfull, an event handler attribute.
const handlers = new WeakMap();
Object.defineProperty(Performance.prototype, 'onresourcetimingbufferfull', {
  get() { return handlers.get(this)?.handler ?? null; },
  set(handler) {
    const current = handlers.get(this);
    if (current) this.removeEventListener('resourcetimingbufferfull', current.listener);
    if (typeof handler !== 'function' && (typeof handler !== 'object' || handler === null)) {
      handlers.delete(this);
      return;
    }
    const listener = (event) => (typeof handler === 'function' ? handler.call(this, event) : handler.handleEvent(event));
    handlers.set(this, { handler, listener });
    this.addEventListener('resourcetimingbufferfull', listener);
  },
  enumerable: true,
  configurable: true,
});

const performance = new Performance(kPerformance);
observe.setDispatchBufferFull(() => performance.dispatchEvent(new Event('resourcetimingbufferfull')));

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
  monitorEventLoopDelay,
  eventLoopUtilization,
  timerify,
  createHistogram,
  performance,
};
Object.defineProperty(module.exports, 'constants', {
  value: Object.freeze({
    NODE_PERFORMANCE_GC_MAJOR: 4,
    NODE_PERFORMANCE_GC_MINOR: 1,
    NODE_PERFORMANCE_GC_MINOR_MARK_SWEEP: 2,
    NODE_PERFORMANCE_GC_INCREMENTAL: 8,
    NODE_PERFORMANCE_GC_WEAKCB: 16,
    NODE_PERFORMANCE_GC_FLAGS_NO: 0,
    NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
    NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
    NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
    NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
    NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
    NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
  }),
  enumerable: true,
});
