// util.format with objects: %o/%O/%j/%s on class instances, nested data,
// Maps and errors; plain extra arguments after the format string.
const util = require('util');
class User { constructor() { this.name = 'ada'; this.tags = ['x', 'y']; } }
const user = new User();
console.log(util.format('%o', user));
console.log(util.format('%O', user));
console.log(util.format('%j', user));
console.log(util.format('%s', user));
console.log(util.format('%s', [user]));
console.log(util.format('%O', { a: { b: { c: { d: {} } } } }));
console.log(util.format('%o', [1, [2, [3, [4, [5]]]]]));
console.log(util.format('%o', new Map([['k', { v: 1 }]])));
console.log(util.format('%s and %s', new Map([[1, 2]]), new Set([1])));
console.log(util.format('user:', user, 'list:', [1, 2], 'str', 3));
console.log(util.format('%s', Object.assign(Object.create(null), { np: true })));
console.log(util.format('%d', new Number(5)), util.format('%i', new String('12')), util.format('%f', [1.5]));
console.log(util.format('%j', { toJSON() { return 'custom json'; } }), util.format('%j', [undefined, () => {}]));
