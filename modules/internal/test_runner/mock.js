'use strict';
// node:test's mocks: mock.fn, mock.method, mock.getter/setter and
// mock.property record their calls (fn.mock.calls, fn.mock.callCount()) and
// can change or restore what they do; mock.timers fakes the clock. The
// tracker a test gets from t.mock is reset when the test ends.

const { codes, validateFunction, validateObject, validateInteger } = require('internal/errors');

function noop() {}

function validateTimes(value, name) {
  if (value !== Infinity) validateInteger(value, name, 1);
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw codes.ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}

function validateKey(value, name) {
  if (typeof value !== 'string' && typeof value !== 'symbol') throw codes.ERR_INVALID_ARG_TYPE(name, ['string', 'symbol'], value);
}

const kTrack = Symbol('trackCall');
const kNext = Symbol('nextImplementation');

/** fn.mock: the calls of a mock function and control over what it runs. */
class MockFunctionContext {
  #calls = [];
  #once = new Map();
  #implementation;
  #restore;
  #times;

  constructor(implementation, restore, times) {
    this.#implementation = implementation;
    this.#restore = restore;
    this.#times = times;
  }

  /** The recorded calls: { arguments, error, result, stack, target, this }. */
  get calls() {
    return this.#calls.slice();
  }

  callCount() {
    return this.#calls.length;
  }

  mockImplementation(implementation) {
    validateFunction(implementation, 'implementation');
    this.#implementation = implementation;
  }

  /** Uses `implementation` for one call: the next, or call number `onCall`. */
  mockImplementationOnce(implementation, onCall) {
    validateFunction(implementation, 'implementation');
    const next = this.#calls.length;
    const call = onCall ?? next;
    validateInteger(call, 'onCall', next);
    this.#once.set(call, implementation);
  }

  /** Puts the original method back (a bare mock function calls its original). */
  restore() {
    const { descriptor, object, original, methodName } = this.#restore;
    if (methodName !== undefined) Object.defineProperty(object, methodName, descriptor);
    else this.#implementation = original;
  }

  resetCalls() {
    this.#calls = [];
  }

  [kTrack](call) {
    this.#calls.push(call);
  }

  [kNext]() {
    const next = this.#calls.length;
    const implementation = this.#once.get(next) ?? this.#implementation;
    if (next + 1 === this.#times) this.restore();
    this.#once.delete(next);
    return implementation;
  }
}

/** mock.property's context: the recorded gets and sets of the property. */
class MockPropertyContext {
  #object;
  #name;
  #value;
  #original;
  #descriptor;
  #accesses = [];
  #once = new Map();

  constructor(object, name, hasValue, value) {
    this.#object = object;
    this.#name = name;
    this.#original = object[name];
    this.#value = hasValue ? value : this.#original;
    this.#descriptor = Object.getOwnPropertyDescriptor(object, name);
    if (!this.#descriptor) throw codes.ERR_INVALID_ARG_VALUE('propertyName', name, 'is not a property of the object');
    const { configurable, enumerable } = this.#descriptor;
    Object.defineProperty(object, name, {
      configurable,
      enumerable,
      get: () => {
        const value = this.#accessValue(this.#value);
        this.#accesses.push({ __proto__: null, type: 'get', value, stack: new Error() });
        return value;
      },
      set: (value) => this.mockImplementation(value),
    });
  }

  get accesses() {
    return this.#accesses.slice();
  }

  accessCount() {
    return this.#accesses.length;
  }

  mockImplementation(value) {
    if (!this.#descriptor.writable) throw codes.ERR_INVALID_ARG_VALUE('propertyName', this.#name, 'cannot be set');
    const next = this.#accessValue(value);
    this.#accesses.push({ __proto__: null, type: 'set', value: next, stack: new Error() });
    this.#value = next;
  }

  #accessValue(value) {
    const index = this.#accesses.length;
    if (!this.#once.has(index)) return value;
    const once = this.#once.get(index);
    this.#once.delete(index);
    return once;
  }

  mockImplementationOnce(value, onAccess) {
    const next = this.#accesses.length;
    const index = onAccess ?? next;
    validateInteger(index, 'onAccess', next);
    this.#once.set(index, value);
  }

  resetAccesses() {
    this.#accesses = [];
  }

  restore() {
    Object.defineProperty(this.#object, this.#name, { ...this.#descriptor, value: this.#original });
  }
}

function findDescriptor(object, name) {
  for (let host = object; host !== null; host = Object.getPrototypeOf(host)) {
    const descriptor = Object.getOwnPropertyDescriptor(host, name);
    if (descriptor) return descriptor;
  }
  return undefined;
}

/** The `mock` object: makes mocks and restores them all on reset(). */
class MockTracker {
  #mocks = [];
  #timers;

  get timers() {
    if (this.#timers === undefined) {
      const { MockTimers } = require('internal/test_runner/mock_timers');
      this.#timers = new MockTimers();
    }
    return this.#timers;
  }

  /** A function that records its calls and runs `implementation` (default `original`). */
  fn(original = function () {}, implementation = original, options = {}) {
    if (original !== null && typeof original === 'object') {
      options = original;
      original = function () {};
      implementation = original;
    } else if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = original;
    }
    validateFunction(original, 'original');
    validateFunction(implementation, 'implementation');
    validateObject(options, 'options');
    const { times = Infinity } = options;
    validateTimes(times, 'options.times');
    const ctx = new MockFunctionContext(implementation, { original }, times);
    return this.#setup(ctx, original);
  }

  /** Replaces object[methodName] (or its getter or setter) with a mock. */
  method(object, methodName, implementation = noop, options = {}) {
    validateKey(methodName, 'methodName');
    if (typeof object !== 'function') validateObject(object, 'object');
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = noop;
    }
    validateFunction(implementation, 'implementation');
    validateObject(options, 'options');
    const { getter = false, setter = false, times = Infinity } = options;
    validateBoolean(getter, 'options.getter');
    validateBoolean(setter, 'options.setter');
    validateTimes(times, 'options.times');
    if (setter && getter) throw codes.ERR_INVALID_ARG_VALUE('options.setter', setter, "cannot be used with 'options.getter'");
    const descriptor = findDescriptor(object, methodName);
    const original = descriptor === undefined ? undefined : getter ? descriptor.get : setter ? descriptor.set : descriptor.value;
    if (typeof original !== 'function') throw codes.ERR_INVALID_ARG_VALUE('methodName', original, 'must be a method');
    const restore = { descriptor, object, methodName };
    const ctx = new MockFunctionContext(implementation === noop ? original : implementation, restore, times);
    const mock = this.#setup(ctx, original);
    const replaced = { configurable: descriptor.configurable, enumerable: descriptor.enumerable };
    if (getter) Object.assign(replaced, { get: mock, set: descriptor.set });
    else if (setter) Object.assign(replaced, { get: descriptor.get, set: mock });
    else Object.assign(replaced, { writable: descriptor.writable, value: mock });
    Object.defineProperty(object, methodName, replaced);
    return mock;
  }

  getter(object, methodName, implementation = noop, options = {}) {
    return this.#accessor('getter', object, methodName, implementation, options);
  }

  setter(object, methodName, implementation = noop, options = {}) {
    return this.#accessor('setter', object, methodName, implementation, options);
  }

  #accessor(kind, object, methodName, implementation, options) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = noop;
    } else {
      validateObject(options, 'options');
    }
    const flag = options[kind] ?? true;
    if (flag === false) throw codes.ERR_INVALID_ARG_VALUE(`options.${kind}`, flag, 'cannot be false');
    return this.method(object, methodName, implementation, { ...options, [kind]: flag });
  }

  /** Tracks object[propertyName] (replacing its value when `value` is given). */
  property(object, propertyName, value) {
    validateObject(object, 'object');
    validateKey(propertyName, 'propertyName');
    const ctx = new MockPropertyContext(object, propertyName, arguments.length > 2, value);
    this.#mocks.push(ctx);
    return new Proxy(object, {
      get(target, property, receiver) {
        return property === 'mock' ? ctx : Reflect.get(target, property, receiver);
      },
    });
  }

  /** Restores every mock, resets the timers and forgets the mocks. */
  reset() {
    this.restoreAll();
    if (this.#timers !== undefined) this.#timers.reset();
    this.#mocks = [];
  }

  restoreAll() {
    for (const ctx of this.#mocks) ctx.restore();
  }

  #setup(ctx, original) {
    const record = (args, error, result, target, thisValue) => ctx[kTrack]({
      __proto__: null, arguments: args, error, result, stack: new Error(), target, this: thisValue,
    });
    const mock = new Proxy(original, {
      apply(target, thisArg, args) {
        const implementation = ctx[kNext]();
        let result;
        let error;
        try {
          result = Reflect.apply(implementation, thisArg, args);
        } catch (err) {
          error = err;
          throw err;
        } finally {
          record(args, error, result, undefined, thisArg);
        }
        return result;
      },
      construct(target, args, newTarget) {
        const implementation = ctx[kNext]();
        let result;
        let error;
        try {
          result = Reflect.construct(implementation, args, newTarget);
        } catch (err) {
          error = err;
          throw err;
        } finally {
          record(args, error, result, target, result);
        }
        return result;
      },
      get(target, property, receiver) {
        return property === 'mock' ? ctx : Reflect.get(target, property, receiver);
      },
    });
    this.#mocks.push(ctx);
    return mock;
  }
}

module.exports = { MockTracker, MockFunctionContext };
