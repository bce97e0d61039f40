// The sorted, compact and breakLength options together.
const util = require('util');
const value = { zebra: 1, apple: { dog: [3, 2, 1], cat: 'meow' }, mango: new Set(['b', 'a']), kiwi: [{ b: 1, a: 2 }] };
console.log(util.inspect(value, { sorted: true }));
console.log(util.inspect(value, { sorted: (a, b) => (a < b ? 1 : a > b ? -1 : 0) }));
console.log(util.inspect(value, { compact: false }));
console.log(util.inspect(value, { compact: 0 }));
console.log(util.inspect(value, { compact: 1 }));
console.log(util.inspect(value, { compact: 1, breakLength: Infinity }));
console.log(util.inspect(value, { compact: true }));
console.log(util.inspect(value, { compact: true, breakLength: 40 }));
console.log(util.inspect(value, { depth: 0, compact: false }));
console.log(util.inspect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], { compact: false }));
console.log(util.inspect([[1, 2], [3, 4]], { compact: false, breakLength: 5 }));
console.log(util.inspect(new Map([['k', { v: 1 }]]), { compact: false }));
console.log(util.inspect('a string', { compact: false }), util.inspect(42, { sorted: true }));
