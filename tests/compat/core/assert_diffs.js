const assert = require('node:assert/strict');
const { AssertionError } = require('assert');
function msg(fn) { try { fn(); console.log('ok'); } catch (e) { console.log(e instanceof AssertionError, e.message); console.log('---'); } }
msg(() => assert.deepEqual({ a: [1, 2, { b: 'x' }], c: new Map([[1, 2]]) }, { a: [1, 2, { b: 'y' }], c: new Map([[1, 2]]) }));
msg(() => assert.equal('hello world, this is long', 'hello world, this is LONG'));
msg(() => assert.deepEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 2, 3, 4, 5, 6, 7, 8, 9, 11]));
msg(() => assert.deepEqual({ x: 1 }, { x: 1, y: 2 }));
msg(() => assert.notEqual({ a: 1 }, { a: 2 }));
msg(() => assert.throws(() => { throw new Error('wrong'); }, { message: 'right', name: 'Error' }));
msg(() => assert.ok(typeof 123 === 'string'));
msg(() => assert.equal(NaN, NaN));
msg(() => assert.strictEqual([1], [1]));
const err = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(err.name, err.code, err.actual, err.expected, err.operator, err.generatedMessage, String(err).split('\n')[0]);
