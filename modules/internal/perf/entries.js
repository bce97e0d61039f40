'use strict';
// The performance timeline's entries: PerformanceEntry and its kinds
// (measures, Node's own 'function'/'gc'/... entries, resource timings;
// marks are in internal/perf/user_timing), each printed by util.inspect as
// "Kind { ...toJSON() }".

const { codes } = require('internal/errors');

const kSkipThrow = Symbol('kSkipThrow');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

function inspectEntry(self, depth, options) {
  if (depth < 0) return self;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${self.constructor.name} ${require('util').inspect(self.toJSON(), opts)}`;
}

// Methods and getters of the timeline interfaces are enumerable, as
// WebIDL makes them.
function makeEnumerable(prototype, names) {
  for (const name of names) {
    Object.defineProperty(prototype, name, { ...Object.getOwnPropertyDescriptor(prototype, name), enumerable: true });
  }
}

function setToStringTag(Class) {
  Object.defineProperty(Class.prototype, Symbol.toStringTag, { value: Class.name, configurable: true });
}

// What only the perf modules see: whether a value is an entry, and the
// detail of marks, measures and Node's own entries.
let isEntry;
let detailOf;
let setDetail;
const resources = new WeakMap();

class PerformanceEntry {
  #name;
  #entryType;
  #startTime;
  #duration;
  #detail;

  static {
    isEntry = (value) => value !== null && typeof value === 'object' && #name in value;
    detailOf = (entry) => entry.#detail;
    setDetail = (entry, detail) => {
      entry.#detail = detail;
      return entry;
    };
  }

  constructor(skipThrow = undefined, name = undefined, entryType = undefined, startTime = undefined, duration = undefined) {
    if (skipThrow !== kSkipThrow) throw codes.ERR_ILLEGAL_CONSTRUCTOR();
    this.#name = name;
    this.#entryType = entryType;
    this.#startTime = startTime;
    this.#duration = duration;
  }

  get name() { checkEntry(this); return this.#name; }
  get entryType() { checkEntry(this); return this.#entryType; }
  get startTime() { checkEntry(this); return this.#startTime; }
  get duration() { checkEntry(this); return this.#duration; }

  toJSON() {
    return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration };
  }

  [kInspect](depth, options) {
    return inspectEntry(this, depth, options);
  }
}
makeEnumerable(PerformanceEntry.prototype, ['name', 'entryType', 'startTime', 'duration', 'toJSON']);

function checkEntry(self) {
  if (!isEntry(self)) throw codes.ERR_INVALID_THIS('PerformanceEntry');
}

/** Gives Class `detail` and a toJSON() that includes it. */
function defineDetail(Class, tag) {
  Object.defineProperties(Class.prototype, {
    detail: {
      get() {
        if (!(this instanceof Class)) throw codes.ERR_INVALID_THIS(tag);
        return detailOf(this);
      },
      enumerable: true,
      configurable: true,
    },
    toJSON: {
      value: function toJSON() { return { ...PerformanceEntry.prototype.toJSON.call(this), detail: this.detail }; },
      enumerable: true,
      writable: true,
      configurable: true,
    },
  });
}

class PerformanceMeasure extends PerformanceEntry {}
defineDetail(PerformanceMeasure, 'PerformanceMeasure');
setToStringTag(PerformanceMeasure);

// Node's own entries ('function', 'gc', 'http', ...).
class PerformanceNodeEntry extends PerformanceEntry {}
defineDetail(PerformanceNodeEntry, 'NodePerformanceEntry');

function createMeasure(name, startTime, duration, detail) {
  return setDetail(new PerformanceMeasure(kSkipThrow, name, 'measure', startTime, duration), detail);
}

function createNodeEntry(name, entryType, startTime, duration, detail) {
  return setDetail(new PerformanceNodeEntry(kSkipThrow, name, entryType, startTime, duration), detail);
}

// PerformanceResourceTiming's fields, read from fetch's timing info.
const resourceFields = {
  initiatorType: (r) => r.initiatorType,
  nextHopProtocol: (r) => r.timing.finalConnectionTimingInfo?.ALPNNegotiatedProtocol,
  workerStart: (r) => r.timing.finalServiceWorkerStartTime,
  redirectStart: (r) => r.timing.redirectStartTime,
  redirectEnd: (r) => r.timing.redirectEndTime,
  fetchStart: (r) => r.timing.postRedirectStartTime,
  domainLookupStart: (r) => r.timing.finalConnectionTimingInfo?.domainLookupStartTime,
  domainLookupEnd: (r) => r.timing.finalConnectionTimingInfo?.domainLookupEndTime,
  connectStart: (r) => r.timing.finalConnectionTimingInfo?.connectionStartTime,
  connectEnd: (r) => r.timing.finalConnectionTimingInfo?.connectionEndTime,
  secureConnectionStart: (r) => r.timing.finalConnectionTimingInfo?.secureConnectionStartTime,
  requestStart: (r) => r.timing.finalNetworkRequestStartTime,
  finalResponseHeadersStart: (r) => r.timing.finalNetworkResponseStartTime,
  firstInterimResponseStart: (r) => r.timing.firstInterimNetworkResponseStartTime ?? 0,
  responseStart: (r) => r.timing.firstInterimNetworkResponseStartTime || r.timing.finalNetworkResponseStartTime,
  responseEnd: (r) => r.timing.endTime,
  transferSize: (r) => {
    if (r.cacheMode === 'local') return 0;
    if (r.cacheMode === 'validated') return 300;
    return r.timing.encodedBodySize + 300;
  },
  encodedBodySize: (r) => r.timing.encodedBodySize,
  decodedBodySize: (r) => r.timing.decodedBodySize,
  deliveryType: (r) => r.deliveryType,
  responseStatus: (r) => r.responseStatus,
  renderBlockingStatus: (r) => (r.timing.renderBlocking === true ? 'blocking' : 'non-blocking'),
  contentType: (r) => r.bodyInfo?.contentType ?? '',
  contentEncoding: (r) => r.bodyInfo?.contentEncoding ?? '',
};

function resourceOf(self) {
  const resource = resources.get(self);
  if (resource === undefined) throw codes.ERR_INVALID_THIS('PerformanceResourceTiming');
  return resource;
}

class PerformanceResourceTiming extends PerformanceEntry {
  get name() { return resourceOf(this).url; }
  get startTime() { return resourceOf(this).timing.startTime; }
  get duration() { const { timing } = resourceOf(this); return timing.endTime - timing.startTime; }

  toJSON() {
    const json = { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration };
    for (const field of Object.keys(resourceFields)) json[field] = this[field];
    return json;
  }
}
for (const [field, read] of Object.entries(resourceFields)) {
  Object.defineProperty(PerformanceResourceTiming.prototype, field, {
    get() { return read(resourceOf(this)); },
    enumerable: true,
    configurable: true,
  });
}
makeEnumerable(PerformanceResourceTiming.prototype, ['toJSON']);
setToStringTag(PerformanceResourceTiming);

function createResourceTiming(timing, url, initiatorType, cacheMode, bodyInfo, responseStatus, deliveryType) {
  const entry = new PerformanceResourceTiming(kSkipThrow, url, 'resource');
  resources.set(entry, { timing, url, initiatorType, cacheMode, bodyInfo, responseStatus, deliveryType });
  return entry;
}

module.exports = {
  PerformanceEntry, PerformanceMeasure, PerformanceResourceTiming, createMeasure, createNodeEntry,
  createResourceTiming, defineDetail, setDetail, setToStringTag, isEntry, kSkipThrow,
};
