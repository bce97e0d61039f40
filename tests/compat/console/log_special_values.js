// console.log of special values at the top level and inside containers.
console.log(-0, [-0], 0n, -5n, NaN, Infinity, -Infinity, 1e21, 1e-7, 2 ** 53 + 2);
console.log(null, undefined, true, [null, undefined], { u: undefined, n: null });
console.log(Symbol(), Symbol('desc'), Symbol.for('registered'), Symbol.iterator, [Symbol('in array')]);
console.log('', [''], { empty: '' }, ['a', ''], '%', '%%', '%s');
console.log([[]], [{}], { a: [] }, { a: {} }, [[[[]]]], [[], []]);
console.log(Object.create(null), [Object.create(null)], new Array(3), [, 1], [1, , 2, , ,]);
console.log(function () {}, () => {}, class {}, [function named() {}]);
console.log(new Date(Date.UTC(2024, 0, 1)), [new Date(0)], /re/g, [/re/]);
console.log('multi\nline', ['multi\nline'], { s: 'tab\there' });
console.log(globalThis === global, typeof console.log, String(console.log).includes('native') || 'js');
console.log({ 'key with spaces': 1, valid_id: 2, $dollar: 3, '123': 4, 'a-b': 5, ünï: 6 });
