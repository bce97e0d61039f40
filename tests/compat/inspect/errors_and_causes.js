// Errors: causes, extra properties, names, nesting, AggregateError. Stack
// frames differ between engines, so only the lines without "    at " are printed.
const util = require('util');
const show = (value, options) => console.log(util.inspect(value, options).split('\n').filter((l) => !l.trim().startsWith('at ') && !l.includes('lines matching cause stack trace')).join('\n'));
show(new Error('plain'));
show(new Error('with cause', { cause: new TypeError('root cause') }));
show(new Error('primitive cause', { cause: 'just a string' }));
show(new Error('undefined cause', { cause: undefined }));
const extra = new RangeError('extra props');
extra.code = 'E_EXTRA';
extra.details = { retry: true };
show(extra);
show({ nested: new Error('inside object') });
show([new Error('in array')]);
class ValidationError extends Error {
  constructor(message) { super(message); this.name = 'ValidationError'; }
}
show(new ValidationError('invalid input'));
const renamed = new Error('renamed');
renamed.name = 'CustomName';
show(renamed);
const noStack = new Error('no stack');
noStack.stack = undefined;
show(noStack);
const stringStack = new Error('x');
stringStack.stack = 'custom stack text';
show(stringStack);
show(new AggregateError([new Error('first'), new Error('second')], 'many'));
const messageless = new Error();
show(messageless);
show(Object.create(Error.prototype));
const e = new Error('depth');
e.deep = { a: { b: { c: { d: 1 } } } };
show(e);
show(new Error('compact', { cause: new Error('inner') }), { compact: false });
console.log(Object.keys(new Error('k', { cause: 1 })), 'cause' in new Error('k', { cause: 1 }));
console.log(String(new ValidationError('to string')));
