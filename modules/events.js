'use strict';
// node:events — EventEmitter.

const {
  codes, abortError, validateAbortSignal, validateFunction, validateNumber, validateObject,
} = require('internal/errors');
const {
  listenersOf: eventTargetListeners, setMaxListeners: setEventTargetMaxListeners,
  getMaxListeners: getEventTargetMaxListeners, kResistStopPropagation,
} = require('internal/event_target');

const kCapture = Symbol('kCapture');
// Whether the emitter's _events came from a subclass's prototype.
const kShapeMode = Symbol('shapeMode');
const kErrorMonitor = Symbol('events.errorMonitor');
let defaultMaxListeners = 10;

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

// The default for captureRejections (EventEmitter.captureRejections).
Object.defineProperty(EventEmitter.prototype, kCapture, { value: false, writable: true, enumerable: false });

EventEmitter.init = function init(opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = Object.create(null);
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts?.captureRejections) {
    if (typeof opts.captureRejections !== 'boolean') {
      throw codes.ERR_INVALID_ARG_TYPE('options.captureRejections', 'boolean', opts.captureRejections);
    }
    this[kCapture] = true;
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

Object.defineProperty(EventEmitter, 'captureRejections', {
  enumerable: true,
  get() { return EventEmitter.prototype[kCapture]; },
  set(value) {
    if (typeof value !== 'boolean') throw codes.ERR_INVALID_ARG_TYPE('EventEmitter.captureRejections', 'boolean', value);
    EventEmitter.prototype[kCapture] = value;
  },
});
EventEmitter.usingDomains = false;

Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  enumerable: true,
  get() { return defaultMaxListeners; },
  set(n) {
    validateNumber(n, 'defaultMaxListeners', 0);
    defaultMaxListeners = n;
  },
});

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return this._maxListeners === undefined ? defaultMaxListeners : this._maxListeners;
};

// captureRejections: a listener's rejected promise (or thenable) becomes
// a call of emitter[Symbol.for('nodejs.rejection')] or an 'error' event.
// `then` is read once, as Promises/A+ requires; a throwing getter is the
// error.
function addCatch(emitter, promise, type, args) {
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      then.call(promise, undefined, (err) => process.nextTick(emitRejection, emitter, err, type, args));
    }
  } catch (err) {
    emitter.emit('error', err);
  }
}

function emitRejection(emitter, err, type, args) {
  if (typeof emitter[EventEmitter.captureRejectionSymbol] === 'function') {
    emitter[EventEmitter.captureRejectionSymbol](err, type, ...args);
    return;
  }
  // Capturing is off while 'error' runs, so a rejecting 'error' listener
  // cannot loop.
  const previous = emitter[kCapture];
  try {
    emitter[kCapture] = false;
    emitter.emit('error', err);
  } finally {
    emitter[kCapture] = previous;
  }
}

// Calls a listener with the emit arguments, spelled out for the common
// short cases (apply and spreading are slower in QuickJS).
function callListener(emitter, listener, args) {
  switch (args.length) {
    case 0: return listener.call(emitter);
    case 1: return listener.call(emitter, args[0]);
    case 2: return listener.call(emitter, args[0], args[1]);
    case 3: return listener.call(emitter, args[0], args[1], args[2]);
    default: return listener.apply(emitter, args);
  }
}

function checkCaptured(emitter, result, type, args) {
  if (result !== null && emitter[kCapture]) addCatch(emitter, result, type, args);
}

// Listener arrays are never changed in place: adding or removing makes a
// new array, so an emit in progress keeps calling the listeners it started
// with, without copying them on every emit.
EventEmitter.prototype.emit = function emit(type, ...args) {
  const events = this._events;
  if (type === 'error') {
    if (events !== undefined && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
    if (events === undefined || events.error === undefined) {
      const er = args[0];
      if (er instanceof Error) throw er;
      throw codes.ERR_UNHANDLED_ERROR(er);
    }
  }
  if (events === undefined) return false;
  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    const result = callListener(this, handler, args);
    if (result !== undefined) checkCaptured(this, result, type, args);
    return true;
  }
  for (let i = 0; i < handler.length; i++) {
    const result = callListener(this, handler[i], args);
    if (result !== undefined) checkCaptured(this, result, type, args);
  }
  return true;
};

function addListener(target, type, listener, prepend) {
  validateFunction(listener, 'listener');
  let events = target._events;
  if (events === undefined) {
    events = target._events = Object.create(null);
    target._eventsCount = 0;
  } else if (events.newListener !== undefined) {
    target.emit('newListener', type, listener.listener ? listener.listener : listener);
    events = target._events;
  }
  const existing = events[type];
  if (existing === undefined) {
    events[type] = listener;
    target._eventsCount++;
  } else {
    const list = typeof existing === 'function'
      ? (prepend ? [listener, existing] : [existing, listener])
      : (prepend ? [listener].concat(existing) : existing.concat([listener]));
    if (existing.warned) list.warned = true;
    events[type] = list;
    const max = target.getMaxListeners();
    if (max > 0 && list.length > max && !list.warned) {
      list.warned = true;
      const name = typeof type === 'symbol' ? type.toString() : type;
      process.emitWarning(
        `Possible EventEmitter memory leak detected. ${list.length} ${name} listeners added to ` +
        `${target.constructor.name === 'EventEmitter' ? '[EventEmitter]' : `[${target.constructor.name}]`}. MaxListeners is ${max}. ` +
        'Use emitter.setMaxListeners() to increase limit', 'MaxListenersExceededWarning');
    }
  }
  return target;
}

EventEmitter.prototype.addListener = function on(type, listener) {
  return addListener(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;
EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return addListener(this, type, listener, true);
};

// once(): a listener that removes itself before its first call (named
// `wrapper`, as Node 26 names it; `.listener` is the original).
function onceWrap(target, type, listener) {
  let fired = false;
  function wrapper(...args) {
    if (fired) return undefined;
    fired = true;
    target.removeListener(type, wrapper);
    return listener.apply(target, args);
  }
  wrapper.listener = listener;
  return wrapper;
}

EventEmitter.prototype.once = function once(type, listener) {
  validateFunction(listener, 'listener');
  return this.on(type, onceWrap(this, type, listener));
};
EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  validateFunction(listener, 'listener');
  return this.prependListener(type, onceWrap(this, type, listener));
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  validateFunction(listener, 'listener');
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;
  if (list === listener || list.listener === listener) {
    // As in Node, removing the last listener of all announces nothing.
    if (--this._eventsCount === 0) {
      this._events = Object.create(null);
    } else {
      delete events[type];
      if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
    }
  } else if (typeof list !== 'function') {
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    const rest = list.slice(0, position).concat(list.slice(position + 1));
    if (list.warned) rest.warned = true;
    events[type] = rest.length === 1 ? rest[0] : rest;
    if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  }
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = Object.create(null);
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = Object.create(null);
      else delete events[type];
    }
    return this;
  }
  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = Object.create(null);
    this._eventsCount = 0;
    return this;
  }
  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

function listenersOf(target, type, unwrap) {
  const events = target._events;
  if (events === undefined || events[type] === undefined) return [];
  const list = events[type];
  if (typeof list === 'function') return unwrap ? [list.listener || list] : [list];
  return unwrap ? list.map((l) => l.listener || l) : list.slice();
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};
EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};
// The number of listeners for `type` (that are `listener`, when given).
EventEmitter.prototype.listenerCount = function listenerCount(type, listener) {
  const events = this._events;
  if (events === undefined || events[type] === undefined) return 0;
  const list = typeof events[type] === 'function' ? [events[type]] : events[type];
  if (listener == null) return list.length;
  let matching = 0;
  for (const each of list) if (each === listener || each.listener === listener) matching++;
  return matching;
};

// events.listenerCount(emitterOrTarget, type).
function listenerCount(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  if (emitter instanceof EventTarget) return eventTargetListeners(emitter, type).length;
  throw codes.ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitter);
}
EventEmitter.listenerCount = listenerCount;
EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

EventEmitter.captureRejectionSymbol = Symbol.for('nodejs.rejection');
EventEmitter.errorMonitor = kErrorMonitor;

// Listening on either an EventEmitter or an EventTarget.
function addAgnosticListener(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags && flags.once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw codes.ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function removeAgnosticListener(emitter, name, listener) {
  if (typeof emitter.removeListener === 'function') emitter.removeListener(name, listener);
  else if (typeof emitter.removeEventListener === 'function') emitter.removeEventListener(name, listener);
}

// events.once(emitter, name[, { signal }]): a promise of the next event's
// arguments; an 'error' event (on EventEmitters) or an abort rejects it.
async function once(emitter, name, options = {}) {
  validateObject(options, 'options');
  const { signal } = options;
  validateAbortSignal(signal, 'options.signal');
  if (signal && signal.aborted) throw abortError(signal);
  return new Promise((resolve, reject) => {
    const onError = (err) => {
      removeAgnosticListener(emitter, name, resolver);
      if (signal) removeAgnosticListener(signal, 'abort', onAbort);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', onError);
      if (signal) removeAgnosticListener(signal, 'abort', onAbort);
      resolve(args);
    };
    function onAbort() {
      removeAgnosticListener(emitter, name, resolver);
      removeAgnosticListener(emitter, 'error', onError);
      reject(abortError(signal));
    }
    addAgnosticListener(emitter, name, resolver, { once: true });
    if (name !== 'error' && typeof emitter.once === 'function') emitter.once('error', onError);
    if (signal) addAgnosticListener(signal, 'abort', onAbort, { once: true });
  });
}

// The listeners of an EventEmitter or an EventTarget.
function getEventListeners(emitter, name) {
  if (typeof emitter.listeners === 'function') return emitter.listeners(name);
  if (emitter instanceof EventTarget) return eventTargetListeners(emitter, name);
  throw codes.ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitter);
}

// events.getMaxListeners(emitterOrTarget).
function getMaxListeners(emitter) {
  if (typeof emitter?.getMaxListeners === 'function') return emitter.getMaxListeners();
  if (emitter instanceof EventTarget) return getEventTargetMaxListeners(emitter);
  throw codes.ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitter);
}

// events.addAbortListener(signal, listener): listens for the signal's
// abort once (at once, in a microtask, if it is already aborted); returns
// a Disposable that removes the listener.
function addAbortListener(signal, listener) {
  if (signal === undefined) throw codes.ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');
  let remove;
  if (signal.aborted) {
    let disposed = false;
    queueMicrotask(() => {
      if (disposed) return;
      const event = new Event('abort');
      event.target = signal;
      listener(event);
    });
    remove = () => { disposed = true; };
  } else {
    signal.addEventListener('abort', listener, { once: true, [kResistStopPropagation]: true });
    remove = () => signal.removeEventListener('abort', listener);
  }
  return { __proto__: null, [Symbol.dispose]() { remove(); } };
}

// events.setMaxListeners(n, ...targets): the default, or each target's.
function setMaxListeners(n = defaultMaxListeners, ...targets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (targets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (const target of targets) {
    if (typeof target.setMaxListeners === 'function') target.setMaxListeners(n);
    else if (target instanceof EventTarget) setEventTargetMaxListeners(target, n);
    else throw codes.ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
  }
}

// events.on(emitter, name): an async iterator of event argument arrays.
function on(emitter, name) {
  const pending = [];
  const waiting = [];
  let error = null;
  let done = false;
  const onEvent = (...args) => {
    if (waiting.length > 0) waiting.shift().resolve({ value: args, done: false });
    else pending.push(args);
  };
  const onError = (err) => {
    done = true;
    if (waiting.length > 0) waiting.shift().reject(err);
    else error = err;
    iterator.return();
  };
  emitter.on(name, onEvent);
  if (name !== 'error') emitter.on('error', onError);
  const iterator = {
    next() {
      if (pending.length > 0) return Promise.resolve({ value: pending.shift(), done: false });
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      emitter.removeListener(name, onEvent);
      emitter.removeListener('error', onError);
      done = true;
      for (const w of waiting.splice(0)) w.resolve({ value: undefined, done: true });
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(err) {
      error = err;
      emitter.removeListener(name, onEvent);
      emitter.removeListener('error', onError);
      return Promise.reject(err);
    },
    [Symbol.asyncIterator]() { return this; },
  };
  return iterator;
}

module.exports = EventEmitter;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.setMaxListeners = setMaxListeners;
EventEmitter.getMaxListeners = getMaxListeners;
EventEmitter.addAbortListener = addAbortListener;
EventEmitter.default = EventEmitter;
