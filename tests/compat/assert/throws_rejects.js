// assert.throws / doesNotThrow / rejects / doesNotReject with every kind of
// expectation, and the AssertionErrors they produce.
const assert = require('assert');
const show = (label, fn) => {
  try { fn(); console.log(label, 'passed'); } catch (err) { console.log(label, err.name, err.code, JSON.stringify(err.message)); }
};
const thrower = () => { throw new TypeError('wrong type'); };
show('class', () => assert.throws(thrower, TypeError));
show('wrong class', () => assert.throws(thrower, RangeError));
show('regexp', () => assert.throws(thrower, /wrong/));
show('regexp miss', () => assert.throws(thrower, /right/));
show('object', () => assert.throws(thrower, { name: 'TypeError', message: 'wrong type' }));
show('object miss', () => assert.throws(thrower, { message: 'other' }));
show('object regexp', () => assert.throws(thrower, { message: /type$/ }));
show('validator', () => assert.throws(thrower, (err) => err instanceof TypeError));
show('validator false', () => assert.throws(thrower, () => false));
show('no throw', () => assert.throws(() => {}));
show('no throw msg', () => assert.throws(() => {}, 'custom message'));
show('no throw class', () => assert.throws(() => {}, TypeError));
show('string error', () => assert.throws(() => { throw 'str'; }, /str/));
show('bad fn', () => assert.throws('not a function'));
show('doesNotThrow', () => assert.doesNotThrow(() => {}));
show('doesNotThrow threw', () => assert.doesNotThrow(thrower));
show('doesNotThrow msg', () => assert.doesNotThrow(thrower, 'with message'));
show('doesNotThrow other class', () => assert.doesNotThrow(thrower, RangeError));
(async () => {
  const showAsync = async (label, promise) => {
    try { await promise; console.log(label, 'passed'); } catch (err) { console.log(label, err.name, err.code, JSON.stringify(err.message)); }
  };
  await showAsync('rejects', assert.rejects(Promise.reject(new Error('no')), Error));
  await showAsync('rejects fn', assert.rejects(async () => { throw new Error('async'); }, { message: 'async' }));
  await showAsync('rejects resolved', assert.rejects(Promise.resolve(1)));
  await showAsync('rejects not promise', assert.rejects(() => 1));
  await showAsync('rejects wrong', assert.rejects(Promise.reject(new TypeError('t')), RangeError));
  await showAsync('doesNotReject', assert.doesNotReject(Promise.resolve()));
  await showAsync('doesNotReject rejected', assert.doesNotReject(Promise.reject(new Error('r'))));
  await showAsync('rejects bad arg', assert.rejects(42));
})();
for (const v of ["it's", null, {}, Object.create(null), function named() {}, 5n, true, Symbol('q'), -0, 'x'.repeat(40)]) {
  assert.rejects(() => v).catch((e) => console.log(e.message));
}
