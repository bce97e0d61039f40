// Values that try to break inspection: throwing getters, proxies, huge
// and deeply nested structures. Nothing may crash or hang.
const util = require('util');
const throwing = { get bad() { throw { reason: 'nope', code: 7 }; }, ok: 1 };
console.log(throwing);
console.log(util.inspect(throwing, { getters: true }));
const trap = new Proxy({ target: true }, {
  get() { throw new Error('get trap'); },
  ownKeys() { throw new Error('ownKeys trap'); },
  getPrototypeOf() { throw new Error('proto trap'); },
});
console.log(trap);
console.log(util.inspect(trap, { showProxy: true }));
console.log(new Proxy([1, 2], {}), new Proxy(function f() {}, {}));
const revocable = Proxy.revocable({}, {});
revocable.revoke();
console.log(util.inspect(revocable.proxy, { showProxy: true }));
const huge = new Array(1e6).fill(7);
console.log(util.inspect(huge).length);
const hugeObject = {};
for (let i = 0; i < 10000; i++) hugeObject[`k${i}`] = i;
console.log(util.inspect(hugeObject).split('\n').length);
let deep = {};
const top = deep;
for (let i = 0; i < 300; i++) { deep.next = {}; deep = deep.next; }
console.log(util.inspect(top, { depth: Infinity }).split('\n').length);
console.log(util.inspect(top));
let deepArray = [];
const topArray = deepArray;
for (let i = 0; i < 50; i++) { const next = []; deepArray.push(next); deepArray = next; }
console.log(util.inspect(topArray, { depth: 3 }));
const weirdKeys = { '': 1, ' ': 2, '\n': 3, 'a\'b': 4, '0x1': 5, '01': 6, '-1': 7, '1.5': 8 };
console.log(weirdKeys);
const customThrows = { [util.inspect.custom]() { throw new Error('custom failed'); } };
try { util.inspect(customThrows); } catch (err) { console.log('custom threw:', err.message); }
const toStringThrows = { toString() { throw new Error('toString'); } };
console.log(util.format('%s', toStringThrows).split('\n')[0]);
const frozen = Object.freeze({ f: 1 });
console.log(frozen, Object.seal([1]));
