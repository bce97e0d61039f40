'use strict';
// The stream of test events ({ type, data } objects) that node:test's
// reporters read: test:start, test:pass, test:fail, test:diagnostic,
// test:log and test:summary, as Node's TestsStream emits them.

const { Readable } = require('internal/streams/readable');

/** A readable object stream of test events; each is also emitted by type. */
class TestsStream extends Readable {
  #buffer = [];
  #canPush = true;

  constructor() {
    super({ objectMode: true, highWaterMark: Number.MAX_SAFE_INTEGER });
  }

  _read() {
    this.#canPush = true;
    while (this.#buffer.length > 0) {
      if (!this.#tryPush(this.#buffer.shift())) return;
    }
  }

  start(nesting, loc, name) {
    this.#emit('test:start', { __proto__: null, nesting, name, ...loc });
  }

  ok(nesting, loc, testNumber, name, details, directive) {
    this.#emit('test:pass', { __proto__: null, name, nesting, testNumber, details, ...loc, ...directive });
  }

  fail(nesting, loc, testNumber, name, details, directive) {
    this.#emit('test:fail', { __proto__: null, name, nesting, testNumber, details, ...loc, ...directive });
  }

  diagnostic(nesting, loc, message, level = 'info') {
    this.#emit('test:diagnostic', { __proto__: null, nesting, message, level, ...loc });
  }

  log(nesting, loc, message, data) {
    this.#emit('test:log', { __proto__: null, nesting, message, data, ...loc });
  }

  summary(nesting, file, success, counts, duration_ms) {
    this.#emit('test:summary', { __proto__: null, success, counts, duration_ms, file });
  }

  end() {
    this.#tryPush(null);
  }

  #emit(type, data) {
    this.emit(type, data);
    this.#tryPush({ type, data });
  }

  #tryPush(message) {
    if (this.#canPush) this.#canPush = this.push(message);
    else this.#buffer.push(message);
    return this.#canPush;
  }
}

module.exports = { TestsStream };
