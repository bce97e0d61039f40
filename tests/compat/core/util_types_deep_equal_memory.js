const util = require('util');
const eq = util.isDeepStrictEqual;
const cases = [
  [1, 1], [1, '1'], [0, -0], [NaN, NaN], [{ a: 1 }, { a: 1 }], [{ a: 1 }, { a: 1, b: undefined }],
  [[1, [2, 3]], [1, [2, 3]]], [[1, 2], [2, 1]], [new Date(5), new Date(5)], [new Date(5), new Date(6)],
  [/a/g, /a/g], [/a/g, /a/i], [new Map([[1, { x: 1 }]]), new Map([[1, { x: 1 }]])], [new Map([[1, 2]]), new Map([[1, 3]])],
  [new Set([1, { a: 1 }]), new Set([{ a: 1 }, 1])], [new Set([1]), new Set(['1'])], [new Uint8Array([1, 2]), new Uint8Array([1, 2])],
  [new Uint8Array([1]), new Int8Array([1])], [Object.create(null), {}], [new Error('x'), new Error('x')], [new Error('x'), new TypeError('x')],
  [new Number(1), new Number(1)], [new String('a'), new String('b')], [[1, , 3], [1, undefined, 3]],
  [{ [Symbol.for('s')]: 1 }, { [Symbol.for('s')]: 1 }], [{ [Symbol.for('s')]: 1 }, {}],
];
console.log(cases.map(([a, b]) => (eq(a, b) ? 'T' : 'F')).join(''));
const c1 = { name: 'c' }; c1.self = c1;
const c2 = { name: 'c' }; c2.self = c2;
console.log(eq(c1, c2));
const t = util.types;
const values = [new Date(), /x/, new Map(), new Set(), new WeakMap(), Promise.resolve(), new Error('e'), new ArrayBuffer(1),
  new Uint8Array(1), new Float64Array(1), new DataView(new ArrayBuffer(1)), async () => {}, function* g() {}, new Number(1),
  new String('s'), Object(1n), Object(Symbol('s')), new Proxy({}, {}), [].values(), new Map().keys(), new Set().values(), (function () { return arguments; })()];
const checks = ['isDate', 'isRegExp', 'isMap', 'isSet', 'isWeakMap', 'isPromise', 'isNativeError', 'isArrayBuffer', 'isAnyArrayBuffer',
  'isTypedArray', 'isUint8Array', 'isFloat64Array', 'isDataView', 'isArrayBufferView', 'isAsyncFunction', 'isGeneratorFunction',
  'isNumberObject', 'isStringObject', 'isBigIntObject', 'isSymbolObject', 'isBoxedPrimitive', 'isProxy', 'isMapIterator', 'isSetIterator', 'isArgumentsObject'];
for (const check of checks) console.log(check.padEnd(20), values.map((v) => (t[check](v) ? 1 : 0)).join(''));
const mu = process.memoryUsage();
console.log(Object.keys(mu), Object.values(mu).every((n) => Number.isInteger(n) && n >= 0), mu.rss > 1e6, mu.heapUsed > 0, mu.heapTotal >= mu.heapUsed, typeof process.memoryUsage.rss());
console.log(typeof util.TextEncoder, util.TextDecoder === TextDecoder);
