const throwing = { get boom() { throw new Error('getter'); }, ok: 1 };
console.log(throwing);
const proxy = new Proxy({}, { get() { throw new Error('trap'); }, ownKeys() { throw new Error('keys'); } });
try { console.log(proxy); } catch (e) { console.log('threw', e.message); }
console.log(new Proxy({ a: 1 }, {}));
let deep = {}; const root = deep;
for (let i = 0; i < 500; i++) { deep.next = {}; deep = deep.next; }
console.log(root);
console.log(require('util').inspect(root, { depth: Infinity }).length > 0);
const huge = new Array(1e5).fill(7);
console.log(huge);
const badToString = { toString() { throw new Error('no'); }, [Symbol.toPrimitive]() { throw new Error('no'); } };
console.log('%s', badToString);
const weird = Object.create(null); weird[Symbol.toStringTag] = 'Weird'; console.log(weird);
class Foo { get x() { return 1; } }
console.log(new Foo(), Object.defineProperty({}, 'hidden', { value: 1, enumerable: false }));
const err = new Error('outer', { cause: new TypeError('inner') });
console.log(Object.keys(err), err.cause.message);
console.log([function () {}, class {}, Symbol.iterator, 12345678901234567890n, -0, [[[[[1]]]]]]);
console.log({ 'multi\nline': 'str\nwith\nnewlines', long: 'x'.repeat(100) });
