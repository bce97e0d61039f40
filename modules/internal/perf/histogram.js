'use strict';
// perf_hooks histograms: createHistogram() (a RecordableHistogram) and
// monitorEventLoopDelay() (an interval histogram fed by a timer), on top of
// the HdrHistogram bucketing in internal/perf/hdr.

const { codes, validateInteger, validateNumber, validateObject } = require('internal/errors');
const { HdrHistogram, INT64_MAX } = require('internal/perf/hdr');

const kHandle = Symbol('kHandle');
const kSkipThrow = Symbol('kSkipThrow');
const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kMaxInt64 = 9223372036854775807n;

// The state behind a histogram: the buckets, Node's own counts of
// recorded and refused values, and the previous recordDelta() time.
class Handle {
  constructor(lowest, highest, figures) {
    this.hdr = new HdrHistogram(Number(lowest), Number(highest), figures);
    this.count = 0;
    this.exceeds = 0;
    this.previous = 0n;
  }

  record(value) {
    if (this.hdr.record(Number(value))) this.count++;
    else this.exceeds++;
  }

  reset() {
    this.hdr.reset();
    this.count = 0;
    this.exceeds = 0;
    this.previous = 0n;
  }
}

function isHistogram(object) {
  return object?.[kHandle] !== undefined;
}

function handleOf(self) {
  if (!isHistogram(self)) throw codes.ERR_INVALID_THIS('Histogram');
  return self[kHandle];
}

function validatePercentile(percentile) {
  validateNumber(percentile, 'percentile');
  if (!(percentile > 0 && percentile <= 100)) throw codes.ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', percentile);
}

class Histogram {
  constructor(skipThrow = undefined) {
    if (skipThrow !== kSkipThrow) throw codes.ERR_ILLEGAL_CONSTRUCTOR();
  }

  get count() { return handleOf(this).count; }
  get countBigInt() { return BigInt(handleOf(this).count); }
  get min() { return handleOf(this).hdr.min(); }
  get minBigInt() { const min = handleOf(this).hdr.min(); return min === INT64_MAX ? kMaxInt64 : BigInt(min); }
  get max() { return handleOf(this).hdr.max(); }
  get maxBigInt() { return BigInt(handleOf(this).hdr.max()); }
  get mean() { return handleOf(this).hdr.mean(); }
  get stddev() { return handleOf(this).hdr.stddev(); }
  get skewness() { return handleOf(this).hdr.skewness(); }
  get kurtosis() { return handleOf(this).hdr.kurtosis(); }
  get exceeds() { return handleOf(this).exceeds; }
  get exceedsBigInt() { return BigInt(handleOf(this).exceeds); }
  // Exponentially weighted statistics (the halfLife option): not kept.
  get ewmaMean() { handleOf(this); return 0; }
  get ewmaStddev() { handleOf(this); return 0; }
  get ewmaErrorRate() { handleOf(this); return 0; }

  percentile(percentile) {
    const handle = handleOf(this);
    validatePercentile(percentile);
    return handle.hdr.valueAtPercentile(percentile);
  }

  percentileBigInt(percentile) {
    return BigInt(this.percentile(percentile));
  }

  get percentiles() {
    return new Map(handleOf(this).hdr.percentiles());
  }

  get percentilesBigInt() {
    return new Map(handleOf(this).hdr.percentiles().map(([key, value]) => [key, BigInt(value)]));
  }

  reset() {
    handleOf(this).reset();
  }

  toJSON() {
    return {
      count: this.count,
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      skewness: this.skewness,
      kurtosis: this.kurtosis,
      ewmaMean: this.ewmaMean,
      ewmaStddev: this.ewmaStddev,
      ewmaErrorRate: this.ewmaErrorRate,
      percentiles: Object.fromEntries(this.percentiles),
    };
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    const { min, max, mean, exceeds, stddev, skewness, kurtosis, count, percentiles } = this;
    return `Histogram ${require('util').inspect(
      { min, max, mean, exceeds, stddev, skewness, kurtosis, count, percentiles }, opts)}`;
  }
}

class RecordableHistogram extends Histogram {
  record(val) {
    const handle = handleOf(this);
    if (typeof val !== 'bigint') validateInteger(val, 'val', 0);
    handle.record(val);
  }

  // Records the nanoseconds since the previous call (nothing the first time).
  recordDelta() {
    const handle = handleOf(this);
    const now = process.hrtime.bigint();
    if (handle.previous > 0n) handle.record(now - handle.previous);
    handle.previous = now;
  }

  add(other) {
    const handle = handleOf(this);
    if (!(other instanceof RecordableHistogram)) throw codes.ERR_INVALID_ARG_TYPE('other', 'RecordableHistogram', other);
    const theirs = other[kHandle];
    const dropped = handle.hdr.add(theirs.hdr);
    handle.count += theirs.count - dropped;
    handle.exceeds += theirs.exceeds + dropped;
  }
}

// monitorEventLoopDelay()'s histogram: a timer every `resolution` ms
// records how long each interval really took.
class IntervalHistogram extends Histogram {
  #resolution;
  #timer = null;

  constructor(skipThrow, resolution) {
    super(skipThrow);
    this.#resolution = resolution;
  }

  enable() {
    const handle = handleOf(this);
    if (this.#timer !== null) return false;
    handle.previous = process.hrtime.bigint();
    this.#timer = setInterval(() => {
      const now = process.hrtime.bigint();
      handle.record(now - handle.previous);
      handle.previous = now;
    }, this.#resolution);
    this.#timer.unref();
    return true;
  }

  disable() {
    handleOf(this);
    if (this.#timer === null) return false;
    clearInterval(this.#timer);
    this.#timer = null;
    return true;
  }

  [Symbol.dispose]() {
    this.disable();
  }
}

function validateBound(value, name) {
  if (typeof value === 'bigint') {
    if (value < 1n || value > kMaxInt64) throw codes.ERR_OUT_OF_RANGE(name, `>= 1n && <= ${kMaxInt64}n`, value);
  } else {
    validateInteger(value, name, 1);
  }
}

function validateHistogramOptions(lowest, highest, figures) {
  validateBound(lowest, 'options.lowest');
  validateBound(highest, 'options.highest');
  const minimumHighest = 2n * BigInt(lowest);
  if (BigInt(highest) < minimumHighest) {
    throw codes.ERR_OUT_OF_RANGE('options.highest', `>= 2 * options.lowest (${minimumHighest}n)`, highest);
  }
  validateInteger(figures, 'options.figures', 1, 5);
}

function withHandle(histogram, lowest, highest, figures) {
  histogram[kHandle] = new Handle(lowest, highest, figures);
  return histogram;
}

/** perf_hooks.createHistogram([options]): a histogram values are recorded into. */
function createHistogram(options = {}) {
  validateObject(options, 'options');
  const { lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3, halfLife = 0, threshold = 0 } = options;
  validateHistogramOptions(lowest, highest, figures);
  validateNumber(halfLife, 'options.halfLife', 0);
  validateNumber(threshold, 'options.threshold', 0);
  return withHandle(new RecordableHistogram(kSkipThrow), lowest, highest, figures);
}

/** perf_hooks.monitorEventLoopDelay([options]): samples the loop's delay. */
function monitorEventLoopDelay(options = {}) {
  validateObject(options, 'options');
  const { samplePerIteration = false, resolution = 10 } = options;
  if (typeof samplePerIteration !== 'boolean') {
    throw codes.ERR_INVALID_ARG_TYPE('options.samplePerIteration', 'boolean', samplePerIteration);
  }
  validateInteger(resolution, 'options.resolution', 1);
  const { lowest = samplePerIteration ? 1 : 1000, highest = kMaxInt64, figures = 3 } = options;
  validateHistogramOptions(lowest, highest, figures);
  return withHandle(new IntervalHistogram(kSkipThrow, resolution), lowest, highest, figures);
}

module.exports = { Histogram, RecordableHistogram, IntervalHistogram, createHistogram, monitorEventLoopDelay, isHistogram };
