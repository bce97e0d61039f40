// [util.inspect.custom], inspect.defaultOptions and options passing.
const util = require('util');
class Money {
  constructor(amount, currency) { this.amount = amount; this.currency = currency; }
  [util.inspect.custom](depth, options, inspect) {
    return `Money<${this.amount} ${this.currency}> depth=${depth} colors=${options.colors} same=${inspect === util.inspect}`;
  }
}
console.log(new Money(5, 'EUR'));
console.log({ price: new Money(1, 'USD') });
console.log([[new Money(2, 'GBP')]]);
const returnsObject = { [util.inspect.custom]() { return { replaced: true, list: [1, 2] }; } };
console.log(returnsObject);
const returnsSelf = { value: 1, [util.inspect.custom]() { return this; } };
console.log(returnsSelf);
const multiline = { [util.inspect.custom]() { return 'line one\nline two'; } };
console.log({ nested: { multiline } });
const usesOptions = {
  [util.inspect.custom](depth, options) { return options.stylize('styled', 'special') + ` ${options.depth}`; },
};
console.log(usesOptions, util.inspect(usesOptions, { depth: 7 }));
console.log(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
const old = util.inspect.defaultOptions.depth;
util.inspect.defaultOptions.depth = 0;
console.log({ a: { b: 1 } });
util.inspect.defaultOptions.depth = old;
console.log({ a: { b: { c: { d: 1 } } } });
util.inspect.defaultOptions = { ...util.inspect.defaultOptions, breakLength: 20 };
console.log({ alpha: 1, beta: 2, gamma: 3 });
util.inspect.defaultOptions = { ...util.inspect.defaultOptions, breakLength: 80 };
console.log({ alpha: 1, beta: 2, gamma: 3 });
const nonFunction = { [util.inspect.custom]: 'not a function', x: 1 };
console.log(nonFunction);
