'use strict';
// util.types: brand checks that do not trust Symbol.toStringTag.

const tag = (v) => Object.prototype.toString.call(v);
const fnSource = (v) => (typeof v === 'function' ? Function.prototype.toString.call(v) : '');
const typedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = Object.getOwnPropertyDescriptor(typedArrayProto, Symbol.toStringTag).get;

function typedArrayName(value) {
  return ArrayBuffer.isView(value) ? typedArrayTag.call(value) : undefined;
}

// The engine's class of each built-in, learnt from a real instance: an
// object is a Map when the Map constructor made it, whatever its prototype.
const classIds = {
  Date: new Date(0), RegExp: /x/, Map: new Map(), Set: new Set(), WeakMap: new WeakMap(), WeakSet: new WeakSet(),
  Promise: Promise.resolve(), Error: new Error(), ArrayBuffer: new ArrayBuffer(0), DataView: new DataView(new ArrayBuffer(0)),
  Number: Object(0), String: Object(''), Boolean: Object(false), BigInt: Object(0n), Symbol: Object(Symbol('brand')),
  Arguments: (function () { return arguments; })(),
  MappedArguments: new Function('return arguments')(), // sloppy-mode functions
  MapIterator: new Map().entries(), SetIterator: new Set().values(),
  Generator: (function* generator() {})(), AsyncGenerator: (async function* generator() {})(),
};
for (const name of Object.keys(classIds)) classIds[name] = binding.classId(classIds[name]);
if (typeof SharedArrayBuffer === 'function') classIds.SharedArrayBuffer = binding.classId(new SharedArrayBuffer(0));
const is = (name) => (v) => classIds[name] !== undefined && binding.classId(v) === classIds[name];

const types = {
  isDate: is('Date'),
  isRegExp: is('RegExp'),
  isMap: is('Map'),
  isSet: is('Set'),
  isWeakMap: is('WeakMap'),
  isWeakSet: is('WeakSet'),
  isPromise: is('Promise'),
  isNativeError: is('Error'),
  isArrayBuffer: is('ArrayBuffer'),
  isSharedArrayBuffer: is('SharedArrayBuffer'),
  isAnyArrayBuffer: (v) => types.isArrayBuffer(v) || types.isSharedArrayBuffer(v),
  isArrayBufferView: (v) => ArrayBuffer.isView(v),
  isDataView: is('DataView'),
  isTypedArray: (v) => typedArrayName(v) !== undefined,
  isAsyncFunction: (v) => typeof v === 'function' && fnSource(v).startsWith('async'),
  isGeneratorFunction: (v) => typeof v === 'function' && /^(async\s+)?function\s*\*|^(async\s+)?\*/.test(fnSource(v)),
  isGeneratorObject: (v) => is('Generator')(v) || is('AsyncGenerator')(v),
  isMapIterator: is('MapIterator'),
  isSetIterator: is('SetIterator'),
  isArgumentsObject: (v) => is('Arguments')(v) || is('MappedArguments')(v),
  isNumberObject: is('Number'),
  isStringObject: is('String'),
  isBooleanObject: is('Boolean'),
  isBigIntObject: is('BigInt'),
  isSymbolObject: is('Symbol'),
  isBoxedPrimitive: (v) => types.isNumberObject(v) || types.isStringObject(v) || types.isBooleanObject(v) ||
    types.isBigIntObject(v) || types.isSymbolObject(v),
  isProxy: (v) => binding.isProxy(v),
  isModuleNamespaceObject: (v) => tag(v) === '[object Module]',
  // QuickJS has no External values, and bistro no crypto keys yet.
  isExternal: () => false,
  isKeyObject: () => false,
  isCryptoKey: () => false,
};
for (const name of ['Uint8Array', 'Uint8ClampedArray', 'Uint16Array', 'Uint32Array', 'Int8Array', 'Int16Array',
  'Int32Array', 'Float16Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array']) {
  types[`is${name}`] = (v) => typedArrayName(v) === name;
}

module.exports = types;
