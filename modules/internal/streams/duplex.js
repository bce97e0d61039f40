'use strict';
// Duplex: a Readable that is also a Writable (both states, one object).

const { Readable } = require('internal/streams/readable');
const { Writable } = require('internal/streams/writable');

/** Duplex(options): readable and writable sides; `allowHalfOpen: false`
 * ends the writable side when the readable side ends. */
function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  // The common events first, so eventNames() lists them in Node's order.
  this._events ??= { close: undefined, error: undefined, prefinish: undefined, finish: undefined,
    drain: undefined, data: undefined, end: undefined, readable: undefined };
  Readable.call(this, options);
  Writable.call(this, options);
  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
  } else {
    this.allowHalfOpen = true;
  }
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

for (const name of Object.getOwnPropertyNames(Writable.prototype)) {
  if (name === 'constructor' || name === 'destroy') continue;
  if (!Object.prototype.hasOwnProperty.call(Duplex.prototype, name) &&
      !Object.prototype.hasOwnProperty.call(Readable.prototype, name)) {
    Object.defineProperty(Duplex.prototype, name, Object.getOwnPropertyDescriptor(Writable.prototype, name));
  }
}
// Both sides have their own `destroyed`; a duplex is destroyed when both are.
Object.defineProperty(Duplex.prototype, 'destroyed', {
  get() {
    if (this._readableState === undefined || this._writableState === undefined) return false;
    return this._readableState.destroyed && this._writableState.destroyed;
  },
  set(value) {
    if (this._readableState && this._writableState) {
      this._readableState.destroyed = value;
      this._writableState.destroyed = value;
    }
  },
  configurable: true,
});
Duplex.prototype.destroy = Writable.prototype.destroy;

/** Duplex.from(body): a Duplex of a stream, iterable, async generator
 * function, async function, promise, Blob or `{ readable, writable }`. */
Duplex.from = function (body) {
  return require('internal/streams/duplexify').duplexify(body, 'body');
};

module.exports = { Duplex };
