'use strict';
// node:perf_hooks — performance.now(), timeOrigin, marks and measures.

const { validateString } = require('internal/errors');

// Milliseconds since the process started (process.hrtime's origin).
function hrMs() {
  const [s, ns] = process.hrtime();
  return s * 1e3 + ns / 1e6;
}

const timeOrigin = Date.now() - hrMs();
const entries = [];

class PerformanceEntry {
  constructor(name, entryType, startTime, duration, detail) {
    this.name = name;
    this.entryType = entryType;
    this.startTime = startTime;
    this.duration = duration;
    this.detail = detail;
  }

  toJSON() {
    return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration, detail: this.detail };
  }
}

class PerformanceMark extends PerformanceEntry {}
class PerformanceMeasure extends PerformanceEntry {}

function markTime(name) {
  if (name === undefined) return undefined;
  if (typeof name === 'number') return name;
  for (let i = entries.length - 1; i >= 0; i--) {
    if (entries[i].entryType === 'mark' && entries[i].name === name) return entries[i].startTime;
  }
  const { DOMException } = require('internal/dom_exception');
  throw new DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
}

const performance = {
  now() {
    return hrMs();
  },
  get timeOrigin() {
    return timeOrigin;
  },
  mark(name, options = {}) {
    validateString(name, 'name');
    const startTime = options.startTime !== undefined ? options.startTime : performance.now();
    const mark = new PerformanceMark(name, 'mark', startTime, 0, options.detail === undefined ? null : options.detail);
    entries.push(mark);
    return mark;
  },
  measure(name, startOrOptions, endMark) {
    validateString(name, 'name');
    let start = startOrOptions;
    let end = endMark;
    let duration;
    let detail = null;
    if (startOrOptions !== null && typeof startOrOptions === 'object') {
      ({ start, end, duration } = startOrOptions);
      detail = startOrOptions.detail === undefined ? null : startOrOptions.detail;
    }
    // The end: a mark, start + duration, or now; the start: a mark,
    // end - duration, or the time origin.
    let endTime;
    if (end !== undefined) endTime = markTime(end);
    else if (start !== undefined && duration !== undefined) endTime = markTime(start) + duration;
    else endTime = performance.now();
    let startTime;
    if (start !== undefined) startTime = markTime(start);
    else if (duration !== undefined) startTime = endTime - duration;
    else startTime = 0;
    const measure = new PerformanceMeasure(name, 'measure', startTime, endTime - startTime, detail);
    entries.push(measure);
    return measure;
  },
  // Entries come back in start-time order (ties in creation order).
  getEntries() {
    return byStartTime(entries.slice());
  },
  getEntriesByName(name, type) {
    return byStartTime(entries.filter((e) => e.name === name && (type === undefined || e.entryType === type)));
  },
  getEntriesByType(type) {
    return byStartTime(entries.filter((e) => e.entryType === type));
  },
  clearMarks(name) {
    removeEntries('mark', name);
  },
  clearMeasures(name) {
    removeEntries('measure', name);
  },
  toJSON() {
    return { timeOrigin: this.timeOrigin };
  },
};
Object.defineProperty(performance, Symbol.toStringTag, { value: 'Performance', configurable: true });

function byStartTime(list) {
  return list.sort((a, b) => a.startTime - b.startTime);
}

function removeEntries(type, name) {
  for (let i = entries.length - 1; i >= 0; i--) {
    if (entries[i].entryType === type && (name === undefined || entries[i].name === name)) entries.splice(i, 1);
  }
}

module.exports = { performance, PerformanceEntry, PerformanceMark, PerformanceMeasure };
