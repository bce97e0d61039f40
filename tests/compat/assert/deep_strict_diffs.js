// assert.deepStrictEqual / strictEqual failure messages with their diffs.
const assert = require('assert');
const show = (fn) => { try { fn(); console.log('passed'); } catch (err) { console.log(err.message); console.log('---'); } };
show(() => assert.deepStrictEqual({ a: 1, b: [1, 2, 3] }, { a: 1, b: [1, 2, 4] }));
show(() => assert.deepStrictEqual([1, 2, 3], [1, 2, 3, 4]));
show(() => assert.deepStrictEqual({ name: 'x', nested: { deep: true } }, { name: 'x', nested: { deep: false } }));
show(() => assert.deepStrictEqual(new Map([[1, 'a']]), new Map([[1, 'b']])));
show(() => assert.deepStrictEqual(new Set([1, 2]), new Set([1, 3])));
show(() => assert.deepStrictEqual(1, '1'));
show(() => assert.strictEqual('hello world', 'hello there'));
show(() => assert.strictEqual({ a: 1 }, { a: 1 }));
show(() => assert.deepEqual({ a: 1 }, { a: 2 }));
show(() => assert.notDeepStrictEqual([1], [1]));
show(() => assert.deepStrictEqual([1, 2], [1, 2]));
