// util.inherits and util.types over a wide range of values.
const util = require('util');
const EventEmitter = require('events');
function Stream() { EventEmitter.call(this); }
util.inherits(Stream, EventEmitter);
const s = new Stream();
s.on('data', (d) => console.log('data:', d));
s.emit('data', 42);
console.log(Stream.super_ === EventEmitter, s instanceof EventEmitter, Object.getPrototypeOf(Stream.prototype) === EventEmitter.prototype);
for (const [a, b] of [[null, EventEmitter], [Stream, null], [Stream, {}], [Stream, Object.create(null)]]) {
  try { util.inherits(a, b); } catch (err) { console.log(err.code, err.message); }
}
const samples = {
  date: new Date(), regexp: /x/, map: new Map(), set: new Set(), weakMap: new WeakMap(), weakSet: new WeakSet(),
  promise: Promise.resolve(), error: new TypeError('t'), arrayBuffer: new ArrayBuffer(1), dataView: new DataView(new ArrayBuffer(1)),
  u8: new Uint8Array(1), f64: new Float64Array(1), big64: new BigInt64Array(1), boxedNumber: Object(1), boxedString: Object('s'),
  boxedSymbol: Object(Symbol('s')), asyncFn: async () => {}, generatorFn: function* g() {}, generator: (function* g() {})(),
  mapIterator: new Map().keys(), setIterator: new Set().entries(), args: (function () { return arguments; })(),
  proxy: new Proxy({}, {}), plain: {}, fakeDate: Object.create(Date.prototype),
};
const checks = ['isDate', 'isRegExp', 'isMap', 'isSet', 'isWeakMap', 'isWeakSet', 'isPromise', 'isNativeError', 'isArrayBuffer',
  'isAnyArrayBuffer', 'isDataView', 'isTypedArray', 'isUint8Array', 'isFloat64Array', 'isBigInt64Array', 'isArrayBufferView',
  'isBoxedPrimitive', 'isNumberObject', 'isStringObject', 'isSymbolObject', 'isAsyncFunction', 'isGeneratorFunction',
  'isGeneratorObject', 'isMapIterator', 'isSetIterator', 'isArgumentsObject', 'isProxy'];
for (const [name, value] of Object.entries(samples)) {
  console.log(name.padEnd(12), checks.filter((check) => util.types[check](value)).join(' ') || '-');
}
