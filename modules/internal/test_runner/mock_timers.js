'use strict';
// mock.timers: a fake clock for setTimeout, setInterval, setImmediate,
// Date, scheduler.wait and AbortSignal.timeout. While enabled, those APIs
// (on globalThis, node:timers and node:timers/promises) queue their
// callbacks here, and only tick()/runAll() move the clock and run them.

const { codes, abortError, validateNumber, validateInteger, validateAbortSignal, validateString } = require('internal/errors');
const { TIMEOUT_MAX } = require('internal/test_runner/utils');

const supportedApis = ['setTimeout', 'setInterval', 'setImmediate', 'Date', 'scheduler.wait', 'AbortSignal.timeout'];

/** A fake timer: what the mocked setTimeout and friends return. */
class Timeout {
  #clear;

  constructor(id, callback, runAt, interval, args, clear) {
    this.id = id;
    this.callback = callback;
    this.runAt = runAt;
    this.interval = interval;
    this.args = args;
    this.#clear = clear;
  }

  hasRef() { return true; }
  ref() { return this; }
  unref() { return this; }
  refresh() { return this; }

  close() {
    this.#clear(this);
    return this;
  }

  [Symbol.dispose]() {
    this.#clear(this);
  }
}

/** The fake clock of one MockTracker. */
class MockTimers {
  #enabled = false;
  #apis = [];
  #now = 0;
  #nextId = 1;
  // Queued timers ordered by (runAt, id).
  #queue = [];
  // The replaced properties: [object, key, descriptor] to put back.
  #saved = [];

  #insert(timer) {
    let i = this.#queue.length;
    while (i > 0) {
      const other = this.#queue[i - 1];
      if (other.runAt < timer.runAt || (other.runAt === timer.runAt && other.id < timer.id)) break;
      i--;
    }
    this.#queue.splice(i, 0, timer);
  }

  #createTimer(isInterval, callback, delay, ...args) {
    if (delay > TIMEOUT_MAX) delay = 1;
    const timer = new Timeout(this.#nextId++, callback, this.#now + delay, isInterval ? delay : undefined, args,
      (t) => this.#clearTimer(t));
    this.#insert(timer);
    return timer;
  }

  #clearTimer(timer) {
    const index = this.#queue.indexOf(timer);
    if (index !== -1) {
      this.#queue.splice(index, 1);
      timer.interval = undefined;
    }
  }

  #setTimeout = (callback, delay, ...args) => this.#createTimer(false, callback, delay, ...args);
  #setInterval = (callback, delay, ...args) => this.#createTimer(true, callback, delay, ...args);
  #setImmediate = (callback, ...args) => this.#createTimer(false, callback, -1, ...args);
  #clear = (timer) => this.#clearTimer(timer);

  async #promised(schedule, ms, result, options) {
    const signal = options && options.signal;
    if (signal) {
      validateAbortSignal(signal, 'options.signal');
      if (signal.aborted) throw abortError(signal);
    }
    let timer;
    let listener;
    const done = new Promise((resolve, reject) => {
      timer = schedule(resolve, ms);
      if (signal) {
        listener = () => reject(abortError(signal));
        signal.addEventListener('abort', listener, { once: true });
      }
    });
    try {
      await done;
      return result;
    } finally {
      if (listener) signal.removeEventListener('abort', listener);
      this.#clearTimer(timer);
    }
  }

  async * #intervalIterator(interval, result, options) {
    const signal = options && options.signal;
    if (signal) {
      validateAbortSignal(signal, 'options.signal');
      if (signal.aborted) throw abortError(signal);
    }
    let pending = 0;
    let wake = null;
    let aborted = false;
    const onAbort = () => {
      aborted = true;
      if (wake) wake();
    };
    if (signal) signal.addEventListener('abort', onAbort, { once: true });
    const timer = this.#createTimer(true, () => {
      pending++;
      if (wake) wake();
    }, interval);
    try {
      while (true) {
        if (pending === 0 && !aborted) await new Promise((resolve) => { wake = resolve; });
        wake = null;
        if (aborted) throw abortError(signal);
        for (; pending > 0; pending--) yield result;
      }
    } finally {
      if (signal) signal.removeEventListener('abort', onAbort);
      this.#clearTimer(timer);
    }
  }

  #replace(object, key, value) {
    this.#saved.push([object, key, Object.getOwnPropertyDescriptor(object, key)]);
    object[key] = value;
  }

  #mockDate() {
    const NativeDate = globalThis.Date;
    if (NativeDate.isMock) throw codes.ERR_INVALID_STATE('Date is already being mocked!');
    const timers = this;
    const now = () => timers.#now;
    function MockDate(...args) {
      if (!new.target) return new NativeDate(now()).toString();
      return args.length === 0 ? new NativeDate(now()) : new NativeDate(...args);
    }
    const { prototype, ...statics } = Object.getOwnPropertyDescriptors(NativeDate);
    Object.defineProperties(MockDate, statics);
    Object.assign(MockDate, {
      now() { return now(); },
      toString() { return Function.prototype.toString.call(NativeDate); },
    });
    Object.defineProperty(MockDate, 'isMock', { value: true, enumerable: true });
    MockDate.prototype = prototype.value;
    return MockDate;
  }

  #fake(api) {
    const nodeTimers = require('timers');
    const promises = require('timers/promises');
    switch (api) {
      case 'setTimeout':
        for (const target of [globalThis, nodeTimers]) {
          this.#replace(target, 'setTimeout', this.#setTimeout);
          this.#replace(target, 'clearTimeout', this.#clear);
        }
        this.#replace(promises, 'setTimeout', (ms, result, options) => this.#promised(this.#setTimeout, ms, result, options));
        break;
      case 'setInterval':
        for (const target of [globalThis, nodeTimers]) {
          this.#replace(target, 'setInterval', this.#setInterval);
          this.#replace(target, 'clearInterval', this.#clear);
        }
        this.#replace(promises, 'setInterval', (ms, result, options) => this.#intervalIterator(ms, result, options));
        break;
      case 'setImmediate':
        for (const target of [globalThis, nodeTimers]) {
          this.#replace(target, 'setImmediate', this.#setImmediate);
          this.#replace(target, 'clearImmediate', this.#clear);
        }
        this.#replace(promises, 'setImmediate', (result, options) => this.#promised(this.#setImmediate, -1, result, options));
        break;
      case 'Date':
        this.#replace(globalThis, 'Date', this.#mockDate());
        break;
      case 'scheduler.wait':
        this.#replace(promises.scheduler, 'wait', (delay, options) => this.#promised(this.#setTimeout, delay, undefined, options));
        break;
      case 'AbortSignal.timeout': {
        const { AbortController, AbortSignal } = require('internal/abort');
        this.#replace(AbortSignal, 'timeout', (delay) => {
          validateInteger(delay, 'delay', 0, 4294967295);
          const controller = new AbortController();
          this.#setTimeout(() => controller.abort(), delay);
          return controller.signal;
        });
        break;
      }
    }
  }

  #assertEnabled() {
    if (!this.#enabled) throw codes.ERR_INVALID_STATE('You should enable MockTimers first by calling the .enable function');
  }

  #assertTime(time) {
    if (time < 0) throw codes.ERR_INVALID_ARG_VALUE('time', 'positive integer', time);
  }

  /** Moves the clock `time` ms on, running every timer that comes due. */
  tick(time = 1) {
    this.#assertEnabled();
    this.#assertTime(time);
    this.#now += time;
    let timer = this.#queue[0];
    while (timer !== undefined && timer.runAt <= this.#now) {
      timer.callback(...timer.args);
      if (this.#queue[0] === timer) this.#queue.shift();
      if (timer.interval !== undefined) {
        timer.runAt += timer.interval;
        this.#insert(timer);
      }
      timer = this.#queue[0];
    }
  }

  /** Fakes `options.apis` (all by default), starting the clock at `options.now`. */
  enable(options = { apis: supportedApis, now: 0 }) {
    const opts = { ...options };
    if (this.#enabled) throw codes.ERR_INVALID_STATE('MockTimers is already enabled!');
    if (Number.isNaN(opts.now)) {
      throw codes.ERR_INVALID_ARG_VALUE('now', opts.now, `epoch must be a positive integer received ${opts.now}`);
    }
    opts.now ||= 0;
    opts.apis ||= supportedApis;
    if (!Array.isArray(opts.apis)) throw codes.ERR_INVALID_ARG_TYPE('options.apis', 'Array', opts.apis);
    opts.apis.forEach((api, i) => validateString(api, `options.apis[${i}]`));
    for (const api of opts.apis) {
      if (!supportedApis.includes(api)) throw codes.ERR_INVALID_ARG_VALUE('options.apis', api, `option ${api} is not supported`);
    }
    if (opts.now instanceof Date) {
      this.#now = opts.now.getTime();
    } else {
      validateNumber(opts.now, 'initialTime');
      this.#assertTime(opts.now);
      this.#now = opts.now;
    }
    this.#apis = opts.apis;
    for (const api of this.#apis) this.#fake(api);
    this.#enabled = true;
  }

  /** Sets the clock (Date.now()) without running timers. */
  setTime(time = 0) {
    validateNumber(time, 'time');
    this.#assertTime(time);
    this.#assertEnabled();
    this.#now = time;
  }

  [Symbol.dispose]() {
    this.reset();
  }

  /** Puts the real timers back and drops every queued fake timer. */
  reset() {
    if (!this.#enabled) return;
    for (const [object, key, descriptor] of this.#saved.reverse()) Object.defineProperty(object, key, descriptor);
    this.#saved = [];
    this.#apis = [];
    this.#enabled = false;
    this.#now = 0;
    this.#queue = [];
  }

  /** Runs every queued timer, moving the clock to the last one. */
  runAll() {
    this.#assertEnabled();
    const last = this.#queue[this.#queue.length - 1];
    if (last !== undefined) this.tick(last.runAt - this.#now);
  }
}

module.exports = { MockTimers };
