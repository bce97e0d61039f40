// Random plain data (objects, arrays, primitives) printed with several
// option sets: exercises the native fast path of util.inspect against Node.
const util = require('util');

let seed = 12345;
function random() {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
function pick(list) { return list[Math.floor(random() * list.length)]; }

const words = ['a', 'bb', 'it\'s', 'say "hi"', 'tab\there', 'line\nbreak', 'back\\slash', 'ünï', '😀', 'x'.repeat(30), '', 'quote\'s "both"', 'C1 \x85'];
const keys = ['a', 'b_1', 'longerKeyName', 'with-dash', '1', '42', 'spaced key', '__proto__x', '$dollar', '_', 'ключ'];

function value(depth) {
  const r = random();
  if (depth > 4 || r < 0.45) {
    return pick([
      () => Math.floor(random() * 2000) - 1000,
      () => random() * 100,
      () => pick(words),
      () => pick([true, false, null, undefined, -0, NaN, Infinity, -Infinity, 1e21, 2 ** 60, 123456789n]),
    ])();
  }
  if (r < 0.75) {
    const object = {};
    const count = Math.floor(random() * 8);
    for (let i = 0; i < count; i++) object[pick(keys) + (random() < 0.3 ? i : '')] = value(depth + 1);
    return object;
  }
  const array = [];
  const count = Math.floor(random() * (random() < 0.3 ? 30 : 6));
  const kind = random();
  for (let i = 0; i < count; i++) {
    array.push(kind < 0.4 ? Math.floor(random() * 10 ** Math.floor(random() * 6)) : kind < 0.6 ? pick(words) : value(depth + 1));
  }
  return array;
}

const optionSets = [undefined, { depth: 0 }, { depth: 4 }, { depth: Infinity }, { breakLength: 40 }, { breakLength: Infinity },
  { compact: 1 }, { compact: 5 }, { maxArrayLength: 10 }, { maxStringLength: 5 }];
for (let i = 0; i < 150; i++) {
  const v = value(0);
  const options = optionSets[i % optionSets.length];
  console.log(`#${i} ${JSON.stringify(options) || 'default'}`);
  console.log(util.inspect(v, options));
}
// console.log goes through the same path.
console.log({ a: 1, nested: { b: [1, 2, 3], c: { d: { e: 'deep' } } } });
console.log([{ x: 1 }, { y: [1, 2, [3, [4]]] }]);
