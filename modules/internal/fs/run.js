'use strict';
// Drives the generators of internal/fs/operations: each yielded
// `[op, args]` runs as the sync twin of the fs plugin's blocking op
// (`ops[op].sync`, sync forms) or on the pool (callback and promise
// forms). The step
// `['await', [value]]` waits for a promise the operation got from user code
// (a cp filter, an async iterable's next()); sync forms take it as it is.

const { ops, callSync, uvException, validateCallback } = require('internal/fs/utils');

/** Runs an operation on the loop thread and returns its result. */
function runSync(operation, args) {
  const steps = operation(...args);
  let next = steps.next();
  while (!next.done) {
    const [op, opArgs] = next.value;
    let result;
    try {
      result = op === 'await' ? opArgs[0] : callSync(ops[op].sync ?? ops[op], ...opArgs);
    } catch (err) {
      next = steps.throw(err);
      continue;
    }
    next = steps.next(result);
  }
  return next.value;
}

/** Starts an operation: validation runs now and throws synchronously. */
function start(operation, args) {
  const steps = operation(...args);
  return [steps, steps.next()];
}

/** Finishes a started operation on the thread pool. */
async function finish(steps, next) {
  while (!next.done) {
    const [op, opArgs] = next.value;
    let result;
    try {
      result = await (op === 'await' ? opArgs[0] : ops[op](...opArgs));
    } catch (err) {
      next = steps.throw(uvException(err, true));
      continue;
    }
    next = steps.next(result);
  }
  return next.value;
}

/** Runs an operation on the pool; the promise settles with its result. */
function runAsync(operation, args) {
  return finish(...start(operation, args));
}

/** Calls a user callback; what it throws is an uncaught exception. */
function deliver(callback, args) {
  try {
    callback(...args);
  } catch (err) {
    require('internal/fatal').triggerUncaughtException(err, false);
  }
}

/** Steps a started operation with pool ops that call back (no promises in
 * between, so the user's callback is a poll-phase callback as in Node and
 * its nextTicks run before promise jobs); `done(err, value)` at the end. */
function step(steps, next, done) {
  const resume = (err, value) => {
    let following;
    try {
      following = err ? steps.throw(uvException(err, true)) : steps.next(value);
    } catch (thrown) {
      done(thrown);
      return;
    }
    step(steps, following, done);
  };
  while (!next.done) {
    const [op, opArgs] = next.value;
    let result;
    try {
      if (op === 'await') {
        Promise.resolve(opArgs[0]).then((value) => resume(null, value), (err) => resume(err ?? new Error(String(err))));
        return;
      }
      if (ops[op].sync !== undefined) {
        ops[op](resume, ...opArgs);
        return;
      }
      result = callSync(ops[op], ...opArgs);
    } catch (err) {
      try {
        next = steps.throw(err);
      } catch (thrown) {
        done(thrown);
        return;
      }
      continue;
    }
    next = steps.next(result);
  }
  done(null, next.value);
}

/** The callback form: `fn(...args, callback(err, result))`. With `spread`
 * the result array becomes the callback's arguments after `err`. A missing
 * callback is reported before the other arguments are checked, as most of
 * Node's functions do, or after them with `argsFirst`; with `fallback` it
 * may be left out (fs.close). The callback never runs before `fn` returns. */
function callbackForm(name, operation, { spread = false, argsFirst = false, fallback } = {}) {
  return {
    [name](...args) {
      let callback;
      if (typeof args[args.length - 1] === 'function') callback = args.pop();
      else if (fallback !== undefined) {
        callback = args.length > operation.length ? args.pop() : undefined;
        if (callback === undefined) callback = fallback;
      }
      if (!argsFirst) validateCallback(callback);
      const [steps, first] = start(operation, args);
      validateCallback(callback);
      let returned = false;
      step(steps, first, (err, value) => {
        const results = err ? [err] : spread ? [null, ...value] : value === undefined ? [null] : [null, value];
        if (returned) deliver(callback, results);
        else process.nextTick(deliver, callback, results);
      });
      returned = true;
    },
  }[name];
}

/** The sync form: returns the result (the first one, with `spread`). */
function syncForm(name, operation, { spread = false } = {}) {
  return {
    [name](...args) {
      const value = runSync(operation, args);
      return spread ? value[0] : value;
    },
  }[name];
}

module.exports = { runSync, runAsync, start, step, deliver, callbackForm, syncForm };
