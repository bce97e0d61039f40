// The performance timeline: marks and measures with fixed times, their
// validation, getEntries* order, observers (entryTypes and type +
// buffered), timerify entries, resource timings and the buffer-full event.
const {
  performance, PerformanceObserver, PerformanceEntry, PerformanceMark, PerformanceMeasure, timerify, createHistogram,
} = require('perf_hooks');

function attempt(f) {
  try {
    const value = f();
    console.log('ok', value);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

const a = performance.mark('A', { startTime: 5, detail: { x: 1 } });
console.log(a, Object.keys(a), a instanceof PerformanceEntry, Object.prototype.toString.call(a));
console.log(JSON.stringify(performance.measure('A to 9', { start: 'A', end: 9, detail: [1] })));
console.log(performance.measure('dur', { duration: 2, end: 10 }));
console.log(new PerformanceMark('free', { startTime: 1 }), performance.getEntriesByName('free').length);
attempt(() => new PerformanceEntry());
attempt(() => new PerformanceMeasure());
attempt(() => new PerformanceMark());
attempt(() => performance.mark());
attempt(() => performance.mark('nodeStart'));
attempt(() => performance.mark('x', { startTime: -1 }));
attempt(() => performance.mark('x', 5));
attempt(() => performance.measure('x', 'nope'));
attempt(() => performance.measure('x', { start: 1, end: 2, duration: 3 }));
attempt(() => performance.measure('x', { start: 1 }, 'A'));
attempt(() => performance.measure('x', 'A', -1));
attempt(() => performance.getEntriesByName());
attempt(() => performance.getEntriesByType());
attempt(() => performance.now.call({}));
attempt(() => performance.setResourceTimingBufferSize());
performance.mark('B', { startTime: 2 });
performance.mark('A', { startTime: 3 });
console.log(performance.getEntries().map((e) => `${e.entryType}:${e.name}@${e.startTime}`).join(' '));
console.log(performance.getEntriesByName('A').length, performance.getEntriesByName('A', 'measure').length,
  performance.getEntriesByType('nothing').length);
console.log(performance.measure('from A', 'A', 'B').duration);
performance.clearMarks('A');
attempt(() => performance.measure('x', 'A'));
performance.clearMarks();
performance.clearMeasures();
console.log(performance.getEntries().length, PerformanceObserver.supportedEntryTypes);

const multi = new PerformanceObserver((list, observer) => {
  console.log('multi', list, observer === multi);
  console.log(list.getEntriesByType('mark').length, list.getEntriesByName('m2').length, list.getEntriesByName('m2', 'x').length);
  observer.disconnect();
});
console.log(multi);
multi.observe({ entryTypes: ['mark', 'measure', 'bogus'] });
console.log(multi);
attempt(() => multi.observe({ type: 'mark' }));
attempt(() => multi.observe({}));
attempt(() => multi.observe({ type: 'mark', entryTypes: ['mark'] }));
attempt(() => multi.observe({ entryTypes: 'mark' }));
attempt(() => new PerformanceObserver());
performance.mark('m2', { startTime: 20 });
performance.mark('m1', { startTime: 10 });
performance.measure('me', { start: 10, end: 15 });
console.log(multi.takeRecords().length);

const single = new PerformanceObserver((list) => {
  console.log('buffered', list.getEntries().map((e) => e.name));
  single.disconnect();
});
single.observe({ type: 'mark', buffered: true });

const histogram = createHistogram();
function add(x, y) { return x + y; }
const timed = timerify(add, { histogram });
console.log(timed, timed.length, timerify(timed).name, performance.timerify === timerify);
const functions = new PerformanceObserver((list) => {
  const [entry] = list.getEntries();
  console.log('function', entry.name, entry.entryType, entry[0], entry[1], entry.detail, histogram.count);
  functions.disconnect();
});
functions.observe({ type: 'function' });
console.log(timed(2, 3));
attempt(() => timerify(add, { histogram: {} }));
attempt(() => timerify(1));

const timing = {
  startTime: 1, endTime: 4, finalServiceWorkerStartTime: 0, redirectStartTime: 0, redirectEndTime: 0,
  postRedirectStartTime: 1, finalConnectionTimingInfo: null, finalNetworkRequestStartTime: 2,
  finalNetworkResponseStartTime: 3, encodedBodySize: 10, decodedBodySize: 12,
};
const resource = performance.markResourceTiming(timing, 'https://example.org/', 'fetch', globalThis, '', {}, 200, '');
console.log(resource, resource.transferSize, Object.prototype.toString.call(resource));
performance.setResourceTimingBufferSize(1);
performance.onresourcetimingbufferfull = (event) => {
  console.log('full', event.type, performance.getEntriesByType('resource').length);
  performance.clearResourceTimings();
  performance.onresourcetimingbufferfull = null;
};
performance.markResourceTiming({ ...timing, startTime: 2 }, 'https://example.org/2', 'fetch', globalThis, '', {}, 200);
setImmediate(() => {
  console.log(performance.getEntriesByType('resource').map((e) => e.name));
  console.log(typeof performance.onresourcetimingbufferfull);
});
