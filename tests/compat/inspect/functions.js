// Functions of every kind, with and without properties.
const util = require('util');
function named() {}
const anonymous = function () {};
const arrow = () => {};
async function asyncFn() {}
function* generator() {}
async function* asyncGenerator() {}
class Base {}
class Derived extends Base {}
const bound = named.bind(null);
console.log(named, anonymous, arrow, asyncFn, generator, asyncGenerator);
console.log(Base, Derived, class {}, bound);
console.log([named, arrow], { method() {}, async am() {}, *gen() {} });
named.extra = 1;
named.nested = { a: 1 };
console.log(named);
const nullProto = Object.setPrototypeOf(function np() {}, null);
console.log(nullProto);
console.log(Math.max, Array.prototype.push, Object, Symbol, Promise);
console.log(util.inspect(named, { showHidden: true }).split('\n')[0]);
const withName = Object.defineProperty(function () {}, 'name', { value: 'renamed' });
console.log(withName);
const emptyName = Object.defineProperty(function x() {}, 'name', { value: '' });
console.log(emptyName);
console.log(util.types.isAsyncFunction(asyncFn), util.types.isGeneratorFunction(generator), util.types.isGeneratorFunction(asyncGenerator));
console.log(util.types.isGeneratorObject(generator()), util.types.isAsyncFunction(arrow));
console.log(util.format('%s', named), util.format('%o', arrow).split('\n')[0]);
