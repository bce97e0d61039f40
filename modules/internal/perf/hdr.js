'use strict';
// A high-dynamic-range histogram, bucketed the way HdrHistogram (the
// library behind Node's perf_hooks histograms) buckets: values keep
// `figures` significant decimal digits, so min, max, mean and percentiles
// come out as Node reports them. Counts are kept sparsely (index → count).

const INT64_MAX = 9223372036854775807;

// Number of bits of a non-negative integer below 2 ** 53.
function bitLength(value) {
  if (value < 2 ** 32) return 32 - Math.clz32(value);
  return 64 - Math.clz32(Math.floor(value / 2 ** 32));
}

class HdrHistogram {
  constructor(lowest, highest, figures) {
    const singleUnitLimit = 2 * 10 ** figures;
    const subBucketCountMagnitude = Math.ceil(Math.log2(singleUnitLimit));
    this.subBucketHalfCountMagnitude = Math.max(subBucketCountMagnitude, 1) - 1;
    this.unitMagnitude = Math.floor(Math.log2(lowest));
    this.subBucketCount = 2 ** (this.subBucketHalfCountMagnitude + 1);
    this.subBucketHalfCount = this.subBucketCount / 2;
    this.maskBits = bitLength((this.subBucketCount - 1) * 2 ** this.unitMagnitude);
    this.highest = highest;
    this.reset();
  }

  reset() {
    this.counts = new Map();
    this.totalCount = 0;
    this.minValue = INT64_MAX;
    this.maxValue = 0;
  }

  bucketIndex(value) {
    return Math.max(bitLength(value), this.maskBits) - this.unitMagnitude - (this.subBucketHalfCountMagnitude + 1);
  }

  subBucketIndex(value, bucket) {
    return Math.floor(value / 2 ** (bucket + this.unitMagnitude));
  }

  countsIndex(value) {
    const bucket = this.bucketIndex(value);
    const sub = this.subBucketIndex(value, bucket);
    return (bucket + 1) * 2 ** this.subBucketHalfCountMagnitude + (sub - this.subBucketHalfCount);
  }

  // The lowest value of the bucket at counts index `index`.
  valueAt(index) {
    let bucket = Math.floor(index / 2 ** this.subBucketHalfCountMagnitude) - 1;
    let sub = (index % this.subBucketHalfCount) + this.subBucketHalfCount;
    if (bucket < 0) {
      sub -= this.subBucketHalfCount;
      bucket = 0;
    }
    return sub * 2 ** (bucket + this.unitMagnitude);
  }

  rangeSize(value) {
    const bucket = this.bucketIndex(value);
    const sub = this.subBucketIndex(value, bucket);
    return 2 ** (this.unitMagnitude + (sub >= this.subBucketCount ? bucket + 1 : bucket));
  }

  lowestEquivalent(value) {
    const bucket = this.bucketIndex(value);
    return this.subBucketIndex(value, bucket) * 2 ** (bucket + this.unitMagnitude);
  }

  highestEquivalent(value) {
    return this.lowestEquivalent(value) + this.rangeSize(value) - 1;
  }

  medianEquivalent(value) {
    return this.lowestEquivalent(value) + Math.floor(this.rangeSize(value) / 2);
  }

  // Adds `count` occurrences of `value`; false when it is out of range.
  record(value, count = 1) {
    if (value < 0 || value > this.highest) return false;
    const index = this.countsIndex(value);
    this.counts.set(index, (this.counts.get(index) || 0) + count);
    this.totalCount += count;
    if (value !== 0 && value < this.minValue) this.minValue = value;
    if (value > this.maxValue) this.maxValue = value;
    return true;
  }

  min() {
    if (this.totalCount > 0 && this.counts.get(0) > 0) return 0;
    return this.minValue === INT64_MAX ? INT64_MAX : this.lowestEquivalent(this.minValue);
  }

  max() {
    return this.maxValue === 0 ? 0 : this.highestEquivalent(this.maxValue);
  }

  // Calls f(value, count) for each non-empty bucket, lowest first.
  forEachBucket(f) {
    for (const index of [...this.counts.keys()].sort((a, b) => a - b)) f(this.valueAt(index), this.counts.get(index));
  }

  // The n-th central moment of the recorded values (bucket midpoints).
  moment(n, mean) {
    let total = 0;
    this.forEachBucket((value, count) => { total += count * (this.medianEquivalent(value) - mean) ** n; });
    return total / this.totalCount;
  }

  mean() {
    let total = 0;
    this.forEachBucket((value, count) => { total += count * this.medianEquivalent(value); });
    return total / this.totalCount;
  }

  stddev() {
    return Math.sqrt(this.moment(2, this.mean()));
  }

  skewness() {
    if (this.totalCount === 0) return 0;
    const mean = this.mean();
    const variance = this.moment(2, mean);
    return variance === 0 ? 0 : this.moment(3, mean) / (variance * Math.sqrt(variance));
  }

  kurtosis() {
    if (this.totalCount === 0) return 0;
    const mean = this.mean();
    const variance = this.moment(2, mean);
    return variance === 0 ? 0 : this.moment(4, mean) / variance ** 2 - 3;
  }

  // The highest value equivalent to the one `percentile` percent of the
  // recorded values are at or below (the count rounded half up).
  valueAtPercentile(percentile) {
    const wanted = Math.max(1, Math.trunc((Math.min(percentile, 100) / 100) * this.totalCount + 0.5));
    let seen = 0;
    let found = 0;
    for (const index of [...this.counts.keys()].sort((a, b) => a - b)) {
      seen += this.counts.get(index);
      if (seen >= wanted) {
        found = this.valueAt(index);
        break;
      }
    }
    return this.totalCount === 0 ? 0 : this.highestEquivalent(found);
  }

  // The [percentile, value] steps HdrHistogram's percentile iterator
  // reports (one tick per half distance): 0, 50, 75, 87.5, ... and 100.
  percentiles() {
    const out = [];
    const indices = [...this.counts.keys()].sort((a, b) => a - b);
    let next = 0;
    let cumulative = 0;
    let value = 0;
    let i = 0;
    while (i < indices.length) {
      const count = this.counts.get(indices[i]);
      const current = (100 * (cumulative + count)) / this.totalCount;
      if (next <= current) {
        value = this.valueAt(indices[i]);
        out.push([next, value]);
        const halfDistance = 2 ** (Math.trunc(Math.log(100 / (100 - next)) / Math.log(2)) + 1);
        next += 100 / halfDistance;
        if (cumulative + count >= this.totalCount) break;
        continue;
      }
      cumulative += count;
      i++;
    }
    out.push([100, value]);
    return out;
  }

  // Adds every recorded value of `other`; the number that did not fit.
  add(other) {
    let dropped = 0;
    other.forEachBucket((value, count) => {
      if (!this.record(value, count)) dropped += count;
    });
    return dropped;
  }
}

module.exports = { HdrHistogram, INT64_MAX };
