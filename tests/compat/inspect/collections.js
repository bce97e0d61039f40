// Map, Set, WeakMap and WeakSet. (Iterator previews and WeakMap entries
// need engine internals QuickJS does not expose: see docs/compat.md.)
const util = require('util');
console.log(new Map([['a', 1], [{ k: 1 }, [1, 2]], [NaN, null]]));
console.log(new Set([1, 'two', { three: 3 }, [4]]));
console.log(new Map(), new Set(), new WeakMap(), new WeakSet());
console.log(new Map([[new Map([[1, 2]]), new Set([3])]]));
const big = new Map();
for (let i = 0; i < 8; i++) big.set(`key${i}`, { index: i, label: `value ${i}` });
console.log(big);
const withProps = new Set([1]);
withProps.extra = 'prop';
console.log(withProps);
console.log(util.inspect(new Map([[1, { a: { b: { c: 1 } } }]]), { depth: 1 }));
console.log([1, 2, 3][Symbol.iterator]());
console.log({ m: new Map([['nested', true]]), s: new Set([null]) });
console.log(util.inspect(new Set([3, 1, 2]), { sorted: true }));
console.log(util.inspect(new Map([['b', 1], ['a', 2]]), { sorted: true }));
console.log(util.types.isMap(new Map()), util.types.isSet(new Map()), util.types.isWeakMap(new WeakMap()));
console.log(util.types.isMapIterator(new Map().keys()), util.types.isSetIterator(new Set().values()));
