// Globals Node keeps as accessors (process, Buffer: assigning replaces the
// value, not the accessor), navigator's shape, DOMException as a real error
// (Error.isError, subclasses, structuredClone) and the perf_hooks globals.
const realProcess = process;
const realBuffer = Buffer;
process = 'replaced';
Buffer = 'replaced';
const seen = [globalThis.process, globalThis.Buffer];
globalThis.process = realProcess;
globalThis.Buffer = realBuffer;
console.log(seen);
for (const name of ['process', 'Buffer', 'navigator']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  console.log(name, typeof d.get, typeof d.set, d.enumerable, d.configurable);
}
console.log(process === require('process'), Buffer === require('buffer').Buffer);

console.log(navigator, Object.prototype.toString.call(navigator), navigator instanceof Navigator);
// (navigator.locks, the Web Locks API, is not part of this program.)
console.log(Object.keys(Object.getPrototypeOf(navigator)).filter((key) => key !== 'locks').join(' '));
console.log(typeof navigator.hardwareConcurrency, navigator.hardwareConcurrency > 0, typeof navigator.userAgent,
  typeof navigator.platform, Array.isArray(navigator.languages), Object.isFrozen(navigator.languages),
  navigator.languages === navigator.languages);
try {
  new Navigator();
} catch (e) {
  console.log(e.name, e.code, e.message);
}

class NotFound extends DOMException {
  extra = 'own';
  #secret = 'hidden';
  constructor() { super('missing thing', 'NotFoundError'); }
  get secret() { return this.#secret; }
}
const e = new NotFound();
console.log(Error.isError(e), Error.isError(new DOMException('x')), e instanceof NotFound, e instanceof Error,
  e.name, e.code, e.message, e.secret, Object.hasOwn(e, 'extra'), typeof e.stack);
const clone = structuredClone(e);
console.log(clone instanceof NotFound, clone instanceof DOMException, Error.isError(clone), clone.name, clone.code,
  clone.message, clone.extra, clone.stack === e.stack);
const fake = Object.setPrototypeOf({}, DOMException.prototype);
console.log(structuredClone(fake) instanceof DOMException, Error.isError(fake));
try {
  structuredClone(new DOMException('t'), { transfer: [new DOMException('t')] });
} catch (err) {
  console.log(err.name);
}

for (const name of ['Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure', 'PerformanceObserver',
  'PerformanceObserverEntryList', 'PerformanceResourceTiming']) {
  console.log(name, globalThis[name] === require('perf_hooks')[name]);
}
console.log(performance instanceof Performance, performance instanceof EventTarget);
