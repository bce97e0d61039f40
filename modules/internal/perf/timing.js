'use strict';
// The performance clock and the loop's milestones: performance.now(),
// timeOrigin, performance.nodeTiming and eventLoopUtilization(). Times are
// milliseconds since the process started (process.hrtime's origin).

const { PerformanceEntry } = require('internal/perf/entries');

const kInspect = Symbol.for('nodejs.util.inspect.custom');

/** Milliseconds since the process started. */
function now() {
  const [s, ns] = process.hrtime();
  return s * 1e3 + ns / 1e6;
}

let timeOrigin;
/** The wall-clock time the process started, in milliseconds. */
function getTimeOrigin() {
  if (timeOrigin === undefined) timeOrigin = Date.now() - now();
  return timeOrigin;
}

// The loop's start and end, fixed once known (the kernel reports them as
// "so long ago"), and its counts.
let loopStart = -1;
let loopExit = -1;
function loopMetrics() {
  const metrics = binding.loopMetrics();
  if (loopStart === -1 && metrics.sinceStart >= 0) loopStart = now() - metrics.sinceStart;
  if (metrics.sinceExit < 0) loopExit = -1;
  else if (loopExit === -1) loopExit = now() - metrics.sinceExit;
  return metrics;
}

/** The loop's start (-1 before it starts), as performance.nodeTiming has it. */
function getLoopStart() {
  loopMetrics();
  return loopStart;
}

/** Milliseconds the loop has spent waiting for events. */
function idleTime() {
  return loopMetrics().idleTime;
}

// Start-up milestones bootstrap recorded: [v8Start, environment,
// bootstrapComplete] (the process itself starts at 0).
const milestones = binding.milestones || [0, 0, 0];

class PerformanceNodeTiming {
  constructor() {
    const constant = (value) => ({ value, enumerable: true, configurable: true });
    const getter = (get) => ({ get, enumerable: true, configurable: true });
    const uvMetrics = () => {
      const { loopCount, events, eventsWaiting } = loopMetrics();
      return { loopCount, events, eventsWaiting };
    };
    Object.defineProperties(this, {
      name: constant('node'),
      entryType: constant('node'),
      startTime: constant(0),
      duration: getter(now),
      nodeStart: getter(() => 0),
      v8Start: getter(() => milestones[0]),
      environment: getter(() => milestones[1]),
      loopStart: getter(getLoopStart),
      loopExit: getter(() => { loopMetrics(); return loopExit; }),
      bootstrapComplete: getter(() => milestones[2]),
      idleTime: getter(idleTime),
      uvMetricsInfo: getter(uvMetrics),
      uvMetricsInfoBigInt: {
        get() {
          const { loopCount, events, eventsWaiting } = uvMetrics();
          return { loopCount: BigInt(loopCount), events: BigInt(events), eventsWaiting: BigInt(eventsWaiting) };
        },
        configurable: true,
      },
    });
  }

  toJSON() {
    const { startTime, duration, nodeStart, v8Start, bootstrapComplete, environment, loopStart, loopExit, idleTime } = this;
    return {
      name: 'node', entryType: 'node', startTime, duration, nodeStart, v8Start, bootstrapComplete, environment,
      loopStart, loopExit, idleTime,
    };
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `PerformanceNodeTiming ${require('util').inspect(this.toJSON(), opts)}`;
  }
}
Object.setPrototypeOf(PerformanceNodeTiming.prototype, PerformanceEntry.prototype);

const nodeTiming = new PerformanceNodeTiming();

/**
 * perf_hooks.eventLoopUtilization([utilization1[, utilization2]]): how much
 * of its time the loop spent working rather than waiting, in total, since
 * `utilization1`, or between the two.
 */
function eventLoopUtilization(util1, util2) {
  const start = getLoopStart();
  if (start <= 0) return { idle: 0, active: 0, utilization: 0 };
  if (util2) {
    const idle = util1.idle - util2.idle;
    const active = util1.active - util2.active;
    return { idle, active, utilization: active / (idle + active) };
  }
  const idle = idleTime();
  const active = now() - start - idle;
  if (!util1) return { idle, active, utilization: active / (idle + active) };
  const idleDelta = idle - util1.idle;
  const activeDelta = active - util1.active;
  return { idle: idleDelta, active: activeDelta, utilization: activeDelta / (idleDelta + activeDelta) };
}

module.exports = { now, getTimeOrigin, nodeTiming, eventLoopUtilization };
