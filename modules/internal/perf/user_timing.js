'use strict';
// User timing: performance.mark() and performance.measure(), with the
// start times of marks by name (the nodeTiming milestones count as marks).

const { codes, validateNumber, validateObject, validateString } = require('internal/errors');
const {
  PerformanceEntry, createMeasure, defineDetail, setDetail, setToStringTag, kSkipThrow,
} = require('internal/perf/entries');
const { enqueue, bufferUserTiming } = require('internal/perf/observe');
const { now, nodeTiming } = require('internal/perf/timing');

const milestoneNames = new Set(['nodeStart', 'v8Start', 'environment', 'loopStart', 'loopExit', 'bootstrapComplete']);
const markTimes = new Map();

function cloneDetail(detail) {
  return detail != null ? require('internal/structured_clone').structuredClone(detail) : null;
}

/** new PerformanceMark(name[, options]): also records the mark's time. */
class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw codes.ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (milestoneNames.has(name)) throw codes.ERR_INVALID_ARG_VALUE('name', name);
    if (options != null) validateObject(options, 'options');
    const startTime = options?.startTime ?? now();
    validateNumber(startTime, 'startTime');
    if (startTime < 0) throw codes.ERR_PERFORMANCE_INVALID_TIMESTAMP(startTime);
    markTimes.set(name, startTime);
    const detail = cloneDetail(options?.detail);
    super(kSkipThrow, name, 'mark', startTime, 0);
    setDetail(this, detail);
  }
}
defineDetail(PerformanceMark, 'PerformanceMark');
setToStringTag(PerformanceMark);

// The time a measure's start or end names: a timestamp, a milestone or a mark.
function timeOf(mark) {
  if (mark === undefined) return undefined;
  if (typeof mark === 'number') {
    if (mark < 0) throw codes.ERR_PERFORMANCE_INVALID_TIMESTAMP(mark);
    return mark;
  }
  mark = `${mark}`;
  if (milestoneNames.has(mark)) return nodeTiming[mark];
  const time = markTimes.get(mark);
  if (time === undefined) {
    const { DOMException } = require('internal/dom_exception');
    throw new DOMException(`The "${mark}" performance mark has not been set`, 'SyntaxError');
  }
  return time;
}

function startAndDuration(startOrOptions, endMark) {
  startOrOptions ??= 0;
  let start;
  let end;
  let duration;
  let withOptions = false;
  if (typeof startOrOptions === 'object') {
    ({ start, end, duration } = startOrOptions);
    withOptions = start !== undefined || end !== undefined;
  }
  if (withOptions) {
    if (endMark !== undefined) throw codes.ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('endMark must not be specified');
    if (start !== undefined && end !== undefined && duration !== undefined) {
      throw codes.ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS(
        'Must not have options.start, options.end, and options.duration specified');
    }
  }
  let endTime;
  if (endMark !== undefined) endTime = timeOf(endMark);
  else if (withOptions && end !== undefined) endTime = timeOf(end);
  else if (withOptions && start !== undefined && duration !== undefined) endTime = timeOf(start) + timeOf(duration);
  else endTime = now();
  let startTime;
  if (typeof startOrOptions === 'string') startTime = timeOf(startOrOptions);
  else if (withOptions && start !== undefined) startTime = timeOf(start);
  else if (withOptions && duration !== undefined) startTime = endTime - timeOf(duration);
  else startTime = 0;
  return { startTime, duration: endTime - startTime };
}

/** performance.mark(name[, options]). */
function mark(name, options) {
  const entry = new PerformanceMark(name, options);
  enqueue(entry);
  bufferUserTiming(entry);
  return entry;
}

/** performance.measure(name[, startMarkOrOptions[, endMark]]). */
function measure(name, startOrOptions, endMark) {
  validateString(name, 'name');
  const { startTime, duration } = startAndDuration(startOrOptions, endMark);
  const entry = createMeasure(name, startTime, duration, cloneDetail(startOrOptions?.detail));
  enqueue(entry);
  bufferUserTiming(entry);
  return entry;
}

/** Forgets the times of marks (all, or those named `name`). */
function clearMarkTimes(name) {
  if (name === undefined) {
    markTimes.clear();
    return;
  }
  if (milestoneNames.has(name)) throw codes.ERR_INVALID_ARG_VALUE('name', name);
  markTimes.delete(name);
}

module.exports = { PerformanceMark, mark, measure, clearMarkTimes };
