// structuredClone: supported types, identity, cycles and DataCloneError.
const original = {
  num: 1, str: 's', big: 10n, bool: true, nil: null, undef: undefined, neg0: -0, nan: NaN,
  date: new Date(0), re: /x/gi, map: new Map([[{ k: 1 }, new Set([1])]]), set: new Set(['a']),
  arr: [1, , 3], nested: { deep: { deeper: [1, 2] } }, bytes: new Uint8Array([1, 2, 3]),
  boxed: [new Number(1), new String('s'), new Boolean(false)],
  error: new RangeError('cloned error', { cause: 'why' }),
};
original.self = original;
const copy = structuredClone(original);
console.log(copy !== original, copy.self === copy, copy.nested !== original.nested);
console.log(copy.date instanceof Date, copy.date.getTime(), copy.re.source, copy.re.flags, copy.re.lastIndex);
console.log(copy.map, copy.set, copy.arr, 1 in copy.arr, Object.is(copy.neg0, -0), copy.nan);
console.log(copy.bytes, copy.bytes.buffer !== original.bytes.buffer, copy.boxed);
console.log(copy.error instanceof RangeError, copy.error.name, copy.error.message, copy.error.cause);
console.log('undef' in copy, copy.big, typeof copy.big);
const shared = { s: 1 };
const twice = structuredClone({ a: shared, b: shared });
console.log(twice.a === twice.b);
class Point { constructor() { this.x = 1; } get doubled() { return 2; } }
const point = structuredClone(new Point());
console.log(point, point instanceof Point, Object.getPrototypeOf(point) === Object.prototype);
const withAccessor = structuredClone({ get computed() { return 'value'; } });
console.log(Object.getOwnPropertyDescriptor(withAccessor, 'computed'));
for (const bad of [() => {}, Symbol('s'), { fn() {} }, new WeakMap(), Promise.resolve()]) {
  try { structuredClone(bad); console.log('cloned?', bad); } catch (err) { console.log(err.name, err.code, err.constructor === DOMException); }
}
try { structuredClone(); } catch (err) { console.log(err.name, err.code, err.message); }
console.log(structuredClone(5), structuredClone('str'), structuredClone(null), structuredClone([]));
const buffer = new ArrayBuffer(4);
const views = structuredClone({ a: new Uint8Array(buffer), b: new Uint16Array(buffer) });
console.log(views.a.buffer === views.b.buffer, views.a.length, views.b.length);
