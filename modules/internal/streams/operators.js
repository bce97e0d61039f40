'use strict';
// The iterator helpers of Readable: map, filter, flatMap, drop and take
// give a new stream; forEach, toArray, some, find, every and reduce give a
// promise. map runs up to `concurrency` calls of `fn` at once and keeps
// up to `highWaterMark` finished results ahead of the reader, in order.

const { codes, abortError, validateFunction, validateInteger, validateObject, validateAbortSignal } =
  require('internal/errors');
const { eos } = require('internal/streams/end_of_stream');

/** What a mapping function returns for an item that produces nothing. */
const kEmpty = Symbol('kEmpty');
const kEof = Symbol('kEof');

function validateOptions(options) {
  if (options != null) validateObject(options, 'options');
  if (options != null && options.signal != null) validateAbortSignal(options.signal, 'options.signal');
}

function throwIfAborted(options) {
  if (options != null && options.signal != null && options.signal.aborted) throw abortError(options.signal);
}

/** map(fn, { concurrency, highWaterMark, signal }): fn(item, { signal }) for each item. */
function map(fn, options) {
  validateFunction(fn, 'fn');
  validateOptions(options);
  const concurrency = options != null && options.concurrency != null ? Math.floor(options.concurrency) : 1;
  let highWaterMark = options != null && options.highWaterMark != null
    ? Math.floor(options.highWaterMark) : concurrency - 1;
  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(highWaterMark, 'options.highWaterMark', 0);
  highWaterMark += concurrency;
  const outerSignal = options != null ? options.signal : undefined;
  return mapped(this, fn, outerSignal, concurrency, highWaterMark);
}

async function* mapped(stream, fn, outerSignal, concurrency, highWaterMark) {
  const signal = AbortSignal.any(outerSignal ? [outerSignal] : []);
  const signalOpt = { signal };
  // Promises of results, in input order, then kEof (or a rejected promise).
  const queue = [];
  let wakeReader = null;
  let wakePump = null;
  let done = false;
  let running = 0;

  const maybeResume = () => {
    if (wakePump && !done && running < concurrency && queue.length < highWaterMark) {
      wakePump();
      wakePump = null;
    }
  };
  const afterItem = () => {
    running -= 1;
    maybeResume();
  };
  const onFailure = () => {
    done = true;
    afterItem();
  };
  const push = (value) => {
    queue.push(value);
    if (wakeReader) {
      wakeReader();
      wakeReader = null;
    }
  };

  async function pump() {
    try {
      for await (const item of stream) {
        if (done) return;
        if (signal.aborted) throw abortError();
        let result;
        try {
          result = fn(item, signalOpt);
          if (result === kEmpty) continue;
          result = Promise.resolve(result);
        } catch (err) {
          result = Promise.reject(err);
        }
        running += 1;
        result.then(afterItem, onFailure);
        push(result);
        if (!done && (queue.length >= highWaterMark || running >= concurrency)) {
          await new Promise((resolve) => {
            wakePump = resolve;
          });
        }
      }
      queue.push(kEof);
    } catch (err) {
      const failed = Promise.reject(err);
      failed.then(afterItem, onFailure);
      queue.push(failed);
    } finally {
      done = true;
      if (wakeReader) {
        wakeReader();
        wakeReader = null;
      }
    }
  }

  pump();
  try {
    while (true) {
      while (queue.length > 0) {
        const value = await queue[0];
        if (value === kEof) return;
        if (signal.aborted) throw abortError();
        if (value !== kEmpty) yield value;
        queue.shift();
        maybeResume();
      }
      await new Promise((resolve) => {
        wakeReader = resolve;
      });
    }
  } finally {
    done = true;
    if (wakePump) {
      wakePump();
      wakePump = null;
    }
  }
}

/** filter(fn, options): the items for which fn resolves truthy. */
function filter(fn, options) {
  validateFunction(fn, 'fn');
  async function keepIf(value, opts) {
    return (await fn(value, opts)) ? value : kEmpty;
  }
  return map.call(this, keepIf, options);
}

/** flatMap(fn, options): every item of what fn returns for each item. */
function flatMap(fn, options) {
  const values = map.call(this, fn, options);
  return (async function* flatMap() {
    for await (const value of values) yield* value;
  })();
}

// A count for drop/take: coerced like the iterator helpers proposal does.
function toIntegerOrInfinity(number) {
  number = Number(number);
  if (Number.isNaN(number)) return 0;
  if (number < 0) throw codes.ERR_OUT_OF_RANGE('number', '>= 0', number);
  return number;
}

/** drop(n, options): all but the first n items. */
function drop(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  const stream = this;
  return (async function* drop() {
    throwIfAborted(options);
    for await (const value of stream) {
      throwIfAborted(options);
      if (number-- <= 0) yield value;
    }
  })();
}

/** take(n, options): the first n items (then the source is closed). */
function take(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  const stream = this;
  return (async function* take() {
    throwIfAborted(options);
    for await (const value of stream) {
      throwIfAborted(options);
      if (number-- > 0) yield value;
      if (number <= 0) return;
    }
  })();
}

/** some(fn, options): whether fn resolves truthy for any item. */
async function some(fn, options = undefined) {
  for await (const unused of filter.call(this, fn, options)) return true; // eslint-disable-line no-unused-vars
  return false;
}

/** every(fn, options): whether fn resolves truthy for every item. */
async function every(fn, options = undefined) {
  validateFunction(fn, 'fn');
  return !(await some.call(this, async (...args) => !(await fn(...args)), options));
}

/** find(fn, options): the first item for which fn resolves truthy. */
async function find(fn, options) {
  for await (const result of filter.call(this, fn, options)) return result;
  return undefined;
}

/** forEach(fn, options): calls fn for each item; resolves when all are done. */
async function forEach(fn, options) {
  validateFunction(fn, 'fn');
  async function forEachFn(value, opts) {
    await fn(value, opts);
    return kEmpty;
  }
  for await (const unused of map.call(this, forEachFn, options)); // eslint-disable-line no-unused-vars
}

/** reduce(reducer, initial, options): folds the items, as Array#reduce. */
async function reduce(reducer, initialValue, options) {
  validateFunction(reducer, 'reducer');
  validateOptions(options);
  let hasInitialValue = arguments.length > 1;
  const outerSignal = options != null ? options.signal : undefined;
  if (outerSignal && outerSignal.aborted) {
    const err = abortError(outerSignal);
    this.once('error', () => {});
    await new Promise((resolve) => eos(this.destroy(err), resolve));
    throw err;
  }
  const ac = new AbortController();
  const onAbort = () => ac.abort();
  if (outerSignal) outerSignal.addEventListener('abort', onAbort, { once: true });
  let gotAny = false;
  try {
    for await (const value of this) {
      gotAny = true;
      if (outerSignal && outerSignal.aborted) throw abortError();
      if (!hasInitialValue) {
        initialValue = value;
        hasInitialValue = true;
      } else {
        initialValue = await reducer(initialValue, value, { signal: ac.signal });
      }
    }
    if (!gotAny && !hasInitialValue) {
      const err = codes.ERR_MISSING_ARGS('reduce');
      err.message = 'Reduce of an empty stream requires an initial value';
      throw err;
    }
  } finally {
    if (outerSignal) outerSignal.removeEventListener('abort', onAbort);
    ac.abort();
  }
  return initialValue;
}

/** toArray(options): every item, in an array. */
async function toArray(options) {
  validateOptions(options);
  const result = [];
  for await (const value of this) {
    if (options != null && options.signal != null && options.signal.aborted) throw abortError(options.signal);
    result.push(value);
  }
  return result;
}

module.exports = {
  streamReturningOperators: { drop, filter, flatMap, map, take },
  promiseReturningOperators: { every, forEach, reduce, toArray, some, find },
};
