// console.table with arrays, objects, columns filters, primitives and nesting.
console.table([{ a: 1, b: 'two' }, { a: 3, c: true }]);
console.table([[1, 2], [3, 4, 5]]);
console.table({ first: { x: 1 }, second: { y: 2 } });
console.table([{ name: 'n', age: 3, extra: 'e' }], ['name', 'age']);
console.table(['apple', 'banana']);
console.table(new Map([['k1', { v: 1 }], ['k2', { v: 2 }]]));
console.table(new Set(['s1', 's2']));
console.table('not tabular');
console.table(42);
console.table([]);
console.table([{ nested: { deep: { deeper: 1 } }, list: [1, 2, 3] }]);
console.table([{ 'ünï': 'wide 😀', plain: 'x' }]);
console.table([null, undefined, 1, 'str', { o: 1 }]);
