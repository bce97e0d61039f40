// assert.ok/equal/notEqual/match/ifError/fail and AssertionError fields.
const assert = require('assert');
const show = (label, fn) => {
  try { fn(); console.log(label, 'passed'); } catch (err) {
    console.log(label, err.name, err.code, JSON.stringify(err.message), err.operator, err.generatedMessage);
  }
};
show('ok', () => assert.ok(1));
show('ok false', () => assert.ok(0));
show('ok msg', () => assert.ok(false, 'custom'));
show('ok no args', () => assert.ok());
show('assert()', () => assert(null));
show('equal', () => assert.equal(1, '1'));
show('equal fail', () => assert.equal(1, 2));
show('notEqual', () => assert.notEqual(1, '1'));
show('strictEqual', () => assert.strictEqual(NaN, NaN));
show('strictEqual fail', () => assert.strictEqual('a', 'b'));
show('notStrictEqual', () => assert.notStrictEqual(1, 1));
show('match', () => assert.match('abc', /b/));
show('match fail', () => assert.match('abc', /x/));
show('match non-string', () => assert.match(123, /1/));
show('doesNotMatch', () => assert.doesNotMatch('abc', /b/));
show('match bad regexp', () => assert.match('a', 'a'));
show('ifError null', () => assert.ifError(null));
show('ifError value', () => assert.ifError('boom'));
show('ifError error', () => assert.ifError(new Error('inner')));
show('fail', () => assert.fail());
show('fail msg', () => assert.fail('boom'));
show('fail error', () => assert.fail(new TypeError('as is')));
show('error message obj', () => assert.strictEqual(1, 2, new RangeError('mine')));
show('deepEqual loose', () => assert.deepEqual({ a: 1 }, { a: '1' }));
show('notDeepStrictEqual', () => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
const err = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(err.name, err.code, err.actual, err.expected, err.operator, err.generatedMessage, err instanceof Error);
console.log(JSON.stringify(err.message));
const custom = new assert.AssertionError({ message: 'custom text' });
console.log(custom.message, custom.generatedMessage);
console.log(typeof assert.strict, assert.strict.equal === assert.strictEqual, assert.strict.strict === assert.strict);
try { new assert.AssertionError(); } catch (e) { console.log(e.code, e.message); }
