// util.isDeepStrictEqual across value kinds.
const { isDeepStrictEqual: eq } = require('util');
console.log(eq({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), eq({ a: 1 }, { a: '1' }));
console.log(eq(NaN, NaN), eq(0, -0), eq([0], [-0]));
console.log(eq(new Map([[1, { x: 1 }]]), new Map([[1, { x: 1 }]])), eq(new Map([[1, 2]]), new Map([[1, 3]])));
console.log(eq(new Set([1, { a: 1 }]), new Set([{ a: 1 }, 1])), eq(new Set([1]), new Set(['1'])));
console.log(eq(new Date(0), new Date(0)), eq(new Date(0), new Date(1)));
console.log(eq(/a/g, /a/g), eq(/a/g, /a/i));
console.log(eq(new Uint8Array([1, 2]), new Uint8Array([1, 2])), eq(new Uint8Array([1]), new Int8Array([1])));
console.log(eq(Object.create(null), {}), eq([1, , 3], [1, undefined, 3]));
class A { constructor() { this.x = 1; } }
console.log(eq(new A(), { x: 1 }), eq(new A(), new A()));
const sym = Symbol('s');
console.log(eq({ [sym]: 1 }, { [sym]: 1 }), eq({ [sym]: 1 }, { [sym]: 2 }));
const c1 = { a: 1 }; c1.self = c1;
const c2 = { a: 1 }; c2.self = c2;
console.log(eq(c1, c2));
console.log(eq(new Error('x'), new Error('x')), eq(new Error('x'), new TypeError('x')));
console.log(eq(new Number(1), new Number(1)), eq(new String('a'), 'a'));
console.log(eq([1, 2, 3], [1, 2, 3, 4]), eq({ a: undefined }, {}));
const arr = [1]; arr.extra = 1;
console.log(eq(arr, [1]));
console.log(eq(new WeakMap(), new WeakMap()), eq(Promise.resolve(), Promise.resolve()));
console.log(eq(() => {}, () => {}), eq(1n, 1n), eq(Symbol.iterator, Symbol.iterator));
