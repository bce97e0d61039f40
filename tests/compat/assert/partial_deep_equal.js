// assert.partialDeepStrictEqual: expected is contained in actual (objects by
// their expected keys, arrays and bytes as ordered subsequences, sets and
// maps by containment), with Node's message; and loose deepEqual of float
// arrays (0 equals -0) and SharedArrayBuffers.
const assert = require('assert');
const cases = [
  [{ a: 1, b: [1, 2] }, { a: 1 }], [{ a: 1, b: [1, 2] }, { a: 2 }], [[1, 2, 3], [1, 3]], [[1, 2, 3], [3, 1]],
  [new Set([1, { a: 1 }, 3]), new Set([{ a: 1 }])], [new Map([[1, { x: 1, y: 2 }]]), new Map([[1, { x: 1 }]])],
  [new Uint8Array([1, 2, 3]), new Uint8Array([1, 3])], [new Uint8Array([1, 2]), new Uint16Array([1])],
  [new ArrayBuffer(3), new SharedArrayBuffer(3)], [new Error('x'), new Error('x')], [new Error('x'), new Error('y')],
  [{ e: new Error('m') }, { e: new Error('') }], [new Date(1), new Date(1)], [new Date(1), new Date(2)],
  [/a/g, /a/g], [NaN, NaN], [0, -0], [{ [Symbol.for('s')]: 1, a: 2 }, { [Symbol.for('s')]: 1 }],
  [Object.create(null, { a: { value: 1, enumerable: true } }), { a: 1 }], [[1, , 3], [1, , 3]],
];
for (const [a, b] of cases) {
  try { assert.partialDeepStrictEqual(a, b); console.log('pass'); } catch (e) { console.log('fail', e.message.split('\n')[0]); }
}
try { assert.partialDeepStrictEqual(1); } catch (e) { console.log(e.code, e.message); }
try { assert.partialDeepStrictEqual({ a: 1, b: [1, 2] }, { a: 2 }); } catch (e) { console.log(e.message, e.operator, e.generatedMessage); }
for (const [a, b] of [
  [new Float32Array([0]), new Float32Array([-0])],
  [new SharedArrayBuffer(2), new SharedArrayBuffer(3)],
  [new Uint8Array(new SharedArrayBuffer(1)).fill(1).buffer, new Uint8Array(new SharedArrayBuffer(1)).fill(2).buffer],
]) {
  for (const name of ['deepEqual', 'deepStrictEqual']) {
    try { assert[name](a, b); console.log(name, 'pass'); } catch (e) { console.log(name, 'fail'); }
  }
}
