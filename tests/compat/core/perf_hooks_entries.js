// perf_hooks: marks, measures (names, options, durations) and entry order.
const { performance, PerformanceEntry, PerformanceMark, PerformanceMeasure } = require('perf_hooks');
const t0 = performance.now();
console.log(typeof t0, t0 >= 0, t0 < 5000, typeof performance.timeOrigin, Math.abs(performance.timeOrigin + t0 - Date.now()) < 100);
const mark = performance.mark('start', { detail: { step: 1 } });
console.log(mark instanceof PerformanceMark, mark instanceof PerformanceEntry, mark.name, mark.entryType, mark.duration, mark.detail);
performance.mark('end');
const measure = performance.measure('span', 'start', 'end');
console.log(measure instanceof PerformanceMeasure, measure.name, measure.entryType, measure.duration >= 0);
console.log(performance.getEntriesByType('mark').map((e) => e.name), performance.getEntriesByName('span').length);
console.log(performance.getEntries().map((e) => `${e.entryType}:${e.name}`));
performance.clearMarks('start');
console.log(performance.getEntriesByType('mark').map((e) => e.name));
performance.clearMarks();
performance.clearMeasures();
console.log(performance.getEntries().length);
try { performance.measure('bad', 'no-such-mark'); } catch (err) { console.log(err.name, err.message); }
const json = performance.toJSON();
console.log(typeof json, 'timeOrigin' in json);
const m2 = performance.measure('from origin');
console.log(m2.startTime, m2.duration > 0);
const m3 = performance.measure('with options', { start: 0, duration: 5, detail: 'd' });
console.log(m3.startTime, m3.duration, m3.detail);
