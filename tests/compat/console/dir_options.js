// console.dir and console.dirxml with inspect options.
const nested = { a: { b: { c: { d: { e: 1 } } } }, list: Array.from({ length: 120 }, (_, i) => i) };
console.dir(nested);
console.dir(nested, { depth: 0 });
console.dir(nested, { depth: null, maxArrayLength: 3 });
console.dir('a string is inspected', { colors: false });
console.dir({ [Symbol('s')]: 1, hidden: 2 }, { showHidden: true });
const custom = { [Symbol.for('nodejs.util.inspect.custom')]() { return 'CUSTOM'; }, real: true };
console.dir(custom);
console.log(custom);
console.dirxml({ x: 1 }, 'second', [2]);
console.dir();
