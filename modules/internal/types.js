'use strict';
// util.types: brand checks that do not trust Symbol.toStringTag.

const tag = (v) => Object.prototype.toString.call(v);
const fnSource = (v) => (typeof v === 'function' ? Function.prototype.toString.call(v) : '');
const typedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = Object.getOwnPropertyDescriptor(typedArrayProto, Symbol.toStringTag).get;

function typedArrayName(value) {
  return ArrayBuffer.isView(value) ? typedArrayTag.call(value) : undefined;
}

const types = {
  isDate: (v) => v instanceof Date,
  isRegExp: (v) => v instanceof RegExp,
  isMap: (v) => v instanceof Map,
  isSet: (v) => v instanceof Set,
  isWeakMap: (v) => v instanceof WeakMap,
  isWeakSet: (v) => v instanceof WeakSet,
  isPromise: (v) => v instanceof Promise,
  isNativeError: (v) => v instanceof Error,
  isArrayBuffer: (v) => v instanceof ArrayBuffer,
  isSharedArrayBuffer: (v) => typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer,
  isAnyArrayBuffer: (v) => types.isArrayBuffer(v) || types.isSharedArrayBuffer(v),
  isArrayBufferView: (v) => ArrayBuffer.isView(v),
  isDataView: (v) => v instanceof DataView,
  isTypedArray: (v) => typedArrayName(v) !== undefined,
  isAsyncFunction: (v) => typeof v === 'function' && fnSource(v).startsWith('async'),
  isGeneratorFunction: (v) => typeof v === 'function' && /^(async\s+)?function\s*\*|^(async\s+)?\*/.test(fnSource(v)),
  isGeneratorObject: (v) => tag(v) === '[object Generator]' || tag(v) === '[object AsyncGenerator]',
  isMapIterator: (v) => tag(v) === '[object Map Iterator]',
  isSetIterator: (v) => tag(v) === '[object Set Iterator]',
  isArgumentsObject: (v) => tag(v) === '[object Arguments]',
  isNumberObject: (v) => v instanceof Number,
  isStringObject: (v) => v instanceof String,
  isBooleanObject: (v) => v instanceof Boolean,
  isBigIntObject: (v) => typeof v === 'object' && v !== null && tag(v) === '[object BigInt]',
  isSymbolObject: (v) => typeof v === 'object' && v !== null && tag(v) === '[object Symbol]',
  isBoxedPrimitive: (v) => types.isNumberObject(v) || types.isStringObject(v) || types.isBooleanObject(v) ||
    types.isBigIntObject(v) || types.isSymbolObject(v),
  isProxy: (v) => binding.isProxy(v),
  isModuleNamespaceObject: (v) => tag(v) === '[object Module]',
};
for (const name of ['Uint8Array', 'Uint8ClampedArray', 'Uint16Array', 'Uint32Array', 'Int8Array', 'Int16Array',
  'Int32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array']) {
  types[`is${name}`] = (v) => typedArrayName(v) === name;
}

module.exports = types;
