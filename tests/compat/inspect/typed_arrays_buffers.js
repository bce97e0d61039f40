// Typed arrays, ArrayBuffer, SharedArrayBuffer and DataView.
const util = require('util');
console.log(new Uint8Array([1, 2, 3]), new Int8Array([-1, 127]), new Uint8ClampedArray([300, -5]));
console.log(new Uint16Array(2), new Int16Array([-32768]), new Uint32Array([4294967295]), new Int32Array([-1]));
console.log(new Float32Array([1.5, 0.1]), new Float64Array([Math.PI, -0, NaN, Infinity]));
console.log(new BigInt64Array([1n, -1n]), new BigUint64Array([2n ** 64n - 1n]));
console.log(new Uint8Array(0), new Float64Array(0));
console.log(new ArrayBuffer(4), new ArrayBuffer(0));
const bytes = new Uint8Array(60).map((_, i) => i * 4);
console.log(bytes.buffer);
console.log(new DataView(new ArrayBuffer(3), 1));
console.log(new SharedArrayBuffer(2));
const view = new Uint8Array([9, 8, 7]);
view.label = 'with prop';
console.log(view);
console.log(util.inspect(new Uint8Array([1, 2, 3]), { showHidden: true }));
console.log({ nested: new Int16Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) });
console.log(new Float64Array(30).map((_, i) => i / 4));
console.log(new Uint8Array(new ArrayBuffer(8), 2, 3));
console.log(util.types.isUint8Array(view), util.types.isTypedArray([]), util.types.isArrayBuffer(view.buffer));
console.log(util.types.isDataView(new DataView(new ArrayBuffer(1))), util.types.isAnyArrayBuffer(new SharedArrayBuffer(1)));
class Bytes extends Uint8Array {}
console.log(new Bytes(2));
