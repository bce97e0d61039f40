// The depth option across objects, arrays, Maps, Sets and class instances.
const util = require('util');
class Box { constructor(inner) { this.inner = inner; } }
const value = { level1: { level2: { level3: { level4: 'deep' } }, arr: [[[['a']]]], map: new Map([['k', new Map([['k2', { x: 1 }]])]]) },
  set: new Set([new Set([new Set([1])])]), box: new Box(new Box(new Box(new Box(0)))) };
for (const depth of [0, 1, 2, 3, Infinity, null, -1]) {
  console.log(`depth ${depth}:`);
  console.log(util.inspect(value, { depth }));
}
console.log(util.inspect([[[]], [{}], {}], { depth: 0 }));
console.log(util.inspect(new Box({}), { depth: 0 }), util.inspect([new Box(1)], { depth: 0 }));
