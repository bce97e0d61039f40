const src = { n: 1, s: 'str', d: new Date(0), r: /ab+c/gi, m: new Map([['k', { deep: [1, 2] }]]), set: new Set([1, 'two']),
  u8: new Uint8Array([1, 2, 3]), big: 10n, nested: { arr: [1, , 3], nul: null, und: undefined }, boxed: new String('boxed') };
src.self = src;
const copy = structuredClone(src);
console.log(copy !== src, copy.self === copy, copy.d instanceof Date, copy.d.getTime(), copy.r.source, copy.r.flags);
console.log(copy.m.get('k'), copy.m.get('k') !== src.m.get('k'), [...copy.set], copy.u8, copy.big, copy.nested);
console.log(typeof copy.boxed, String(copy.boxed), 1 in copy.nested.arr, copy.nested.arr.length);
class Point { constructor() { this.x = 1; } }
const p = structuredClone(new Point());
console.log(p instanceof Point, p);
const err = structuredClone(new RangeError('bad', { cause: 'c' }));
console.log(err instanceof RangeError, err.message, err.cause);
for (const bad of [() => {}, Symbol('s'), { f() {} }, new WeakMap()]) {
  try { structuredClone(bad); } catch (e) { console.log(e.name, e.code, e instanceof DOMException); }
}
try { structuredClone(); } catch (e) { console.log(e.code, e.message); }
const ab = new ArrayBuffer(4);
new Uint8Array(ab)[0] = 9;
const view = new DataView(ab, 1, 2);
const viewCopy = structuredClone(view);
console.log(viewCopy.byteOffset, viewCopy.byteLength, new Uint8Array(viewCopy.buffer)[0]);
const t0 = performance.now();
console.log(typeof t0, t0 > 0, t0 < 10000, Math.abs(performance.timeOrigin + t0 - Date.now()) < 50);
const { performance: perf } = require('perf_hooks');
console.log(perf === performance);
performance.mark('a');
let x = 0; for (let i = 0; i < 1e5; i++) x += i;
performance.mark('b');
const m = performance.measure('a to b', 'a', 'b');
console.log(m.name, m.entryType, m.duration >= 0, performance.getEntriesByType('mark').map((e) => e.name));
try { performance.measure('bad', 'nope'); } catch (e) { console.log(e.name, e.code); }
performance.clearMarks();
console.log(performance.getEntriesByType('mark').length, typeof performance.toJSON().timeOrigin);
