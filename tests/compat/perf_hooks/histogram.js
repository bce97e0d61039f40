// perf_hooks histograms: createHistogram's statistics and percentiles
// (HdrHistogram buckets), BigInt views, add/reset, validation, and
// monitorEventLoopDelay's enable/disable.
const { createHistogram, monitorEventLoopDelay } = require('perf_hooks');

const empty = createHistogram();
console.log(empty);
console.log(empty.min, empty.minBigInt, empty.max, empty.count, empty.percentiles);

const h = createHistogram();
for (const v of [1, 2, 3, 5, 8, 13, 2100, 100000, 123456789]) h.record(v);
h.record(7n);
console.log(h);
console.log(JSON.stringify(h.toJSON()));
console.log(h.percentile(50), h.percentile(99), h.percentile(100), h.percentileBigInt(1));
console.log(h.countBigInt, h.minBigInt, h.maxBigInt, h.exceedsBigInt, h.percentilesBigInt);

const small = createHistogram({ lowest: 1, highest: 100, figures: 1 });
for (const v of [1, 50, 99, 100, 101, 5000]) small.record(v);
console.log(small.count, small.exceeds, small.min, small.max, small.percentiles);

const sum = createHistogram();
sum.record(10);
sum.add(h);
console.log(sum.count, sum.min, sum.max, sum.mean);
sum.reset();
console.log(sum.count, sum.max, sum.percentiles);

const tries = [
  () => h.record(-1),
  () => h.record(1.5),
  () => h.record('1'),
  () => h.percentile(0),
  () => h.percentile(101),
  () => h.percentile('50'),
  () => h.add({}),
  () => createHistogram(1),
  () => createHistogram({ lowest: 0 }),
  () => createHistogram({ lowest: 10, highest: 15 }),
  () => createHistogram({ figures: 6 }),
  () => createHistogram({ halfLife: -1 }),
  () => monitorEventLoopDelay({ resolution: 0 }),
  () => monitorEventLoopDelay({ samplePerIteration: 1 }),
  () => Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Object.getPrototypeOf(h)), 'count').get.call({}),
  () => new (Object.getPrototypeOf(h).constructor)(),
];
for (const t of tries) {
  try {
    t();
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

const eld = monitorEventLoopDelay({ resolution: 5 });
console.log(eld.enable(), eld.enable());
setTimeout(() => {
  console.log(eld.disable(), eld.disable());
  console.log(eld.count > 0, eld.min >= 1e6, eld.max >= eld.min, typeof eld.mean, eld.exceeds);
}, 50);
