'use strict';
// Event, CustomEvent and EventTarget, as Node implements the DOM standard
// (no propagation path: a target dispatches to its own listeners).

const { codes, validateObject } = require('internal/errors');

const kStop = Symbol('stopImmediatePropagation');
// Set while a passive listener runs: preventDefault() is then ignored.
const kInPassiveListener = Symbol('kInPassiveListener');
const kListeners = Symbol('listeners');
const kMaxListeners = Symbol('maxListeners');

const kInspect = Symbol.for('nodejs.util.inspect.custom');

// How Node prints web objects: "Name { field: value }" from a few
// public fields, one level shallower. Too deep, `tooDeep` is printed.
function inspectFields(self, fields, depth, options, tooDeep = self.constructor.name) {
  if (depth < 0) return tooDeep;
  const opts = { ...options, depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth };
  return `${self.constructor.name} ${require('util').inspect(fields, opts)}`;
}

class Event {
  #type;
  #bubbles;
  #cancelable;
  #composed;
  #defaultPrevented = false;
  #timeStamp;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw codes.ERR_MISSING_ARGS('type');
    if (options !== undefined && options !== null) validateObject(options, 'options');
    this.#type = `${type}`;
    this.#bubbles = Boolean(options && options.bubbles);
    this.#cancelable = Boolean(options && options.cancelable);
    this.#composed = Boolean(options && options.composed);
    this.#timeStamp = globalThis.performance.now();
    this[kStop] = false;
    this[kInPassiveListener] = false;
    this.target = null;
    this.currentTarget = null;
  }

  get type() { return this.#type; }
  get bubbles() { return this.#bubbles; }
  get cancelable() { return this.#cancelable; }
  get composed() { return this.#composed; }
  get defaultPrevented() { return this.#cancelable && this.#defaultPrevented; }
  get timeStamp() { return this.#timeStamp; }
  get isTrusted() { return false; }
  get eventPhase() { return this.currentTarget === null ? Event.NONE : Event.AT_TARGET; }
  get returnValue() { return !this.defaultPrevented; }
  get cancelBubble() { return this[kStop]; }
  get srcElement() { return this.target; }

  [kInspect](depth, options) {
    const fields = {
      type: this.#type, defaultPrevented: this.defaultPrevented, cancelable: this.#cancelable, timeStamp: this.#timeStamp,
    };
    return inspectFields(this, fields, depth, options);
  }

  preventDefault() {
    if (!this[kInPassiveListener]) this.#defaultPrevented = true;
  }
  stopImmediatePropagation() { this[kStop] = true; }
  stopPropagation() {}
  composedPath() { return this.currentTarget === null ? [] : [this.currentTarget]; }
}
for (const [name, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]]) {
  Object.defineProperty(Event, name, { value, writable: false, enumerable: true, configurable: false });
}
Object.defineProperty(Event.prototype, Symbol.toStringTag, { value: 'Event', configurable: true });

class CustomEvent extends Event {
  #detail;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw codes.ERR_MISSING_ARGS('type');
    super(type, options);
    this.#detail = options && options.detail !== undefined ? options.detail : null;
  }

  get detail() { return this.#detail; }
}
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, { value: 'CustomEvent', configurable: true });

// An internal listener option: the listener still runs after an earlier
// one called stopImmediatePropagation() (events.addAbortListener's).
const kResistStopPropagation = Symbol('kResistStopPropagation');

function normalizeOptions(options) {
  if (typeof options === 'boolean') return { capture: options, once: false, passive: false, signal: undefined };
  if (options === null || options === undefined) return { capture: false, once: false, passive: false, signal: undefined };
  return {
    capture: Boolean(options.capture), once: Boolean(options.once), passive: Boolean(options.passive),
    signal: options.signal, resistStop: Boolean(options[kResistStopPropagation]),
  };
}

class EventTarget {
  constructor() {
    this[kListeners] = new Map();
  }

  addEventListener(type, listener, options = undefined) {
    if (arguments.length < 2) throw codes.ERR_MISSING_ARGS('type', 'listener');
    if (listener === null || listener === undefined) return;
    if (typeof listener !== 'function' && (typeof listener !== 'object' || listener === null)) {
      throw codes.ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
    }
    const { capture, once, passive, signal, resistStop } = normalizeOptions(options);
    if (signal !== undefined && signal.aborted) return;
    type = `${type}`;
    let list = this[kListeners].get(type);
    if (list === undefined) {
      list = [];
      this[kListeners].set(type, list);
    }
    if (list.some((l) => l.listener === listener && l.capture === capture)) return;
    const record = { listener, capture, once, passive, resistStop, removed: false };
    list.push(record);
    const max = getMaxListeners(this);
    if (max > 0 && list.length > max && !list.warned) {
      list.warned = true;
      process.emitWarning(`Possible EventTarget memory leak detected. ${list.length} ${type} listeners added to ` +
        `EventTarget. MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`, 'MaxListenersExceededWarning');
    }
    if (signal !== undefined) {
      signal.addEventListener('abort', () => this.removeEventListener(type, listener, { capture }), { once: true });
    }
  }

  [kInspect](depth, options) {
    return inspectFields(this, {}, depth, options);
  }

  removeEventListener(type, listener, options = undefined) {
    const { capture } = normalizeOptions(options);
    const list = this[kListeners].get(`${type}`);
    if (list === undefined) return;
    const index = list.findIndex((l) => l.listener === listener && l.capture === capture);
    if (index !== -1) {
      list[index].removed = true;
      list.splice(index, 1);
    }
  }

  dispatchEvent(event) {
    if (!(event instanceof Event)) throw codes.ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (event.currentTarget !== null) {
      throw Object.assign(new Error('The event is already being dispatched'), { code: 'ERR_EVENT_RECURSION' });
    }
    event.target = this;
    event.currentTarget = this;
    const list = this[kListeners].get(event.type);
    if (list !== undefined) {
      for (const record of list.slice()) {
        if (record.removed || (event[kStop] && !record.resistStop)) continue;
        if (record.once) this.removeEventListener(event.type, record.listener, { capture: record.capture });
        event[kInPassiveListener] = record.passive;
        try {
          const { listener } = record;
          if (typeof listener === 'function') listener.call(this, event);
          else if (typeof listener.handleEvent === 'function') listener.handleEvent(event);
        } catch (err) {
          process.nextTick(() => { throw err; });
        } finally {
          event[kInPassiveListener] = false;
        }
      }
    }
    event.currentTarget = null;
    return !event.defaultPrevented;
  }
}
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, { value: 'EventTarget', configurable: true });

// The handlers set through on<type> attributes, by target and type.
const handlerSlots = new WeakMap();

/**
 * Defines the `on<type>` event-handler attribute on `proto`: the first
 * handler set adds one listener (calling whichever handler is current) that
 * keeps its place in the list; setting null removes it.
 */
function defineEventHandler(proto, type) {
  Object.defineProperty(proto, `on${type}`, {
    configurable: true,
    enumerable: true,
    get() {
      const slot = handlerSlots.get(this)?.[type];
      return slot === undefined ? null : slot.handler;
    },
    set(handler) {
      let slots = handlerSlots.get(this);
      if (slots === undefined) {
        slots = {};
        handlerSlots.set(this, slots);
      }
      const slot = slots[type] ??= { handler: null, listener: null };
      const had = slot.handler !== null;
      slot.handler = typeof handler === 'function' ? handler : null;
      if (!had && slot.handler !== null) {
        slot.listener ??= (event) => {
          if (slot.handler !== null) slot.handler.call(this, event);
        };
        this.addEventListener(type, slot.listener);
      } else if (had && slot.handler === null) {
        this.removeEventListener(type, slot.listener);
      }
    },
  });
}

// events.getEventListeners for an EventTarget.
function listenersOf(target, type) {
  const list = target[kListeners].get(`${type}`);
  return list === undefined ? [] : list.map((record) => record.listener);
}

// events.setMaxListeners for an EventTarget.
function setMaxListeners(target, n) {
  target[kMaxListeners] = n;
}

// events.getMaxListeners for an EventTarget: its own limit, or the default.
function getMaxListeners(target) {
  return target[kMaxListeners] ?? require('events').defaultMaxListeners;
}

module.exports = {
  Event, CustomEvent, EventTarget, kListeners, listenersOf, setMaxListeners, getMaxListeners, inspectFields, kInspect,
  defineEventHandler, kResistStopPropagation,
};
