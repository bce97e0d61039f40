// Accessors (with the getters option) and symbol keys and values.
const util = require('util');
const object = {
  get plain() { return 42; },
  set onlySet(v) {},
  get both() { return 'b'; },
  set both(v) {},
  get nested() { return { deep: { deeper: [1, 2] } }; },
  // What a getter throws is inspected; a fixed stack keeps the output the
  // same on every machine.
  get throws() { throw Object.assign(new Error('getter failed'), { stack: 'Error: getter failed\n    at get throws (getters.js:9:24)' }); },
};
console.log(object);
console.log(util.inspect(object, { getters: true }));
console.log(util.inspect(object, { getters: 'get' }));
console.log(util.inspect(object, { getters: 'set' }));
const sym = Symbol('tag');
const withSymbols = { [sym]: 1, [Symbol()]: 2, [Symbol.iterator]: 3, regular: Symbol('value'), desc: Symbol.for('registered') };
console.log(withSymbols);
Object.defineProperty(withSymbols, Symbol('hidden'), { value: 'h', enumerable: false });
console.log(util.inspect(withSymbols, { showHidden: true }));
console.log([Symbol('in array'), Symbol(''), Symbol()]);
console.log(util.inspect(Symbol('top level')));
console.log(String(Symbol('x')), Symbol('y').description);
class WithAccessor {
  constructor() { this.value = 1; }
  get computed() { return this.value * 2; }
}
console.log(new WithAccessor());
console.log(util.inspect(new WithAccessor(), { getters: true }));
const hidden = {};
Object.defineProperty(hidden, 'secret', { value: 's', enumerable: false });
Object.defineProperty(hidden, 'visible', { value: 'v', enumerable: true });
console.log(hidden, util.inspect(hidden, { showHidden: true }));
