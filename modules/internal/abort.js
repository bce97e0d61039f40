'use strict';
// AbortController and AbortSignal (abort, timeout, any).

const { EventTarget, Event, inspectFields, kInspect, setMaxListeners } = require('internal/event_target');
const { DOMException } = require('internal/dom_exception');
const { codes, validateInteger } = require('internal/errors');

const kAborted = Symbol('aborted');
const kReason = Symbol('reason');
const kCreate = Symbol('create');
const kHandler = Symbol('onabort');
const kHandlerAttached = Symbol('onabortAttached');

function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  signal.dispatchEvent(new Event('abort'));
}

class AbortSignal extends EventTarget {
  constructor(key) {
    if (key !== kCreate) throw Object.assign(new TypeError('Illegal constructor'), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
    super();
    setMaxListeners(this, 0); // signals never warn about many listeners
    this[kAborted] = false;
    this[kReason] = undefined;
    this[kHandler] = null;
    this[kHandlerAttached] = false;
  }

  // An event-handler attribute: its listener takes its place in the list
  // when it is first set, as in the DOM.
  get onabort() {
    return this[kHandler];
  }

  set onabort(handler) {
    this[kHandler] = typeof handler === 'function' ? handler : null;
    if (!this[kHandlerAttached]) {
      this[kHandlerAttached] = true;
      this.addEventListener('abort', (event) => {
        if (this[kHandler] !== null) this[kHandler].call(this, event);
      });
    }
  }

  [kInspect](depth, options) {
    return inspectFields(this, { aborted: this[kAborted] }, depth, options, this);
  }

  get aborted() { return this[kAborted]; }
  get reason() { return this[kReason]; }

  throwIfAborted() {
    if (this[kAborted]) throw this[kReason];
  }

  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    const signal = new AbortSignal(kCreate);
    signal[kAborted] = true;
    signal[kReason] = reason;
    return signal;
  }

  static timeout(delay) {
    validateInteger(delay, 'delay', 0, 4294967295);
    const signal = new AbortSignal(kCreate);
    // The timer does not keep the process alive, as in Node.
    setTimeout(() => abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError')), delay).unref();
    return signal;
  }

  static any(signals) {
    if (!Array.isArray(signals)) throw codes.ERR_INVALID_ARG_TYPE('signals', 'Array', signals);
    const result = new AbortSignal(kCreate);
    for (const signal of signals) {
      if (!(signal instanceof AbortSignal)) throw codes.ERR_INVALID_ARG_TYPE('signals', 'AbortSignal[]', signals);
      if (signal.aborted) {
        result[kAborted] = true;
        result[kReason] = signal.reason;
        return result;
      }
    }
    for (const signal of signals) {
      signal.addEventListener('abort', () => abortSignal(result, signal.reason), { once: true });
    }
    return result;
  }
}
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, { value: 'AbortSignal', configurable: true });

class AbortController {
  #signal = new AbortSignal(kCreate);

  get signal() { return this.#signal; }

  [kInspect](depth, options) {
    return inspectFields(this, { signal: this.#signal }, depth, options, this);
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    abortSignal(this.#signal, reason);
  }
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, { value: 'AbortController', configurable: true });

/**
 * util.transferableAbortSignal: lets `signal` travel in a postMessage
 * transfer list; the receiver gets a signal that aborts with it.
 */
function transferableAbortSignal(signal) {
  if (!(signal instanceof AbortSignal)) throw codes.ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  const { kTransfer } = require('internal/structured_clone');
  Object.defineProperty(signal, kTransfer, { value: () => AbortSignal.any([signal]), configurable: true });
  return signal;
}

/** util.transferableAbortController: an AbortController whose signal is transferable. */
function transferableAbortController() {
  const controller = new AbortController();
  transferableAbortSignal(controller.signal);
  return controller;
}

module.exports = { AbortController, AbortSignal, transferableAbortSignal, transferableAbortController };
