// Where util.inspect breaks lines: 72-80 columns, compact 3, nesting.
const util = require('util');
for (let width = 60; width <= 80; width += 4) {
  const object = { key: 'v'.repeat(width - 12) };
  console.log(width, util.inspect(object));
  console.log(width, util.inspect({ a: 1, b: 'v'.repeat(width - 20), c: 3 }));
}
const fourLevels = { a: { b: { c: { d: 1 } } } };
console.log(util.inspect(fourLevels, { depth: 5 }));
const threeLevels = { a: { b: { c: 1 } } };
console.log(threeLevels);
console.log({ list: [[1, 2, [3, 4]], { x: { y: 1 } }] });
console.log(util.inspect({ a: [1, 2, 3], b: 'text' }, { breakLength: 10 }));
console.log(util.inspect({ a: [1, 2, 3], b: 'text' }, { compact: false }));
console.log(util.inspect({ a: [1, 2, 3], b: { c: 'text' } }, { compact: true }));
console.log(util.inspect({ a: [1, 2, 3], b: { c: 'text' } }, { compact: true, breakLength: 20 }));
console.log(util.inspect(['a'.repeat(20), 'b'.repeat(20), 'c'.repeat(20), 'd'.repeat(20)]));
const manyKeys = {};
for (let i = 0; i < 30; i++) manyKeys[`k${i}`] = i;
console.log(manyKeys);
console.log([{ a: 1, b: 2 }, { a: 3, b: 4 }, { a: 5, b: 6 }]);
console.log({ fn() {}, arrow: () => {}, cls: class Foo {} });
