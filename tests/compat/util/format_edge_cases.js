// util.format: every specifier with unusual arguments.
const util = require('util');
console.log(util.format('%s|%s|%s|%s', -0, 12n, Symbol('s'), null));
console.log(util.format('%s', { a: { b: { c: 1 } } }), util.format('%s', [1, [2, [3]]]));
console.log(util.format('%s', new Error('as string')).split('\n')[0]);
console.log(util.format('%s', { toString() { return 'custom toString'; } }));
console.log(util.format('%s', class A {}), util.format('%s', function f() {}));
console.log(util.format('%d %d %d %d %d', '42', '0x10', 1.9, -0, {}));
console.log(util.format('%i %i %i %i', '42.9', -3.7, '0x1F', 5n));
console.log(util.format('%f %f %f', '1.5e3', 'abc', Symbol('x')));
console.log(util.format('%j %j %j', { a: 1 }, 'str', undefined));
console.log(util.format('%o', { f() {}, arr: [1, 2] }));
console.log(util.format('%O', { deep: { deeper: { deepest: { end: 1 } } } }));
console.log(util.format('%c styled %c', 'color: red', 'font-weight: bold'));
console.log(util.format('100%% sure %s', 'yes'), util.format('%%s %s', 'x'));
console.log(util.format('missing %s %d', 'one'));
console.log(util.format('extra', 'args', 1, { o: 1 }, [2]));
console.log(util.format('%x unknown %s', 'known'));
console.log(util.format(1, 2, '%s'), util.format({ first: 'object' }, '%s', 'x'));
console.log(util.format(), util.format(''), util.format('%'), util.format('a%'), util.format('%s'));
console.log(util.formatWithOptions({ depth: 0 }, '%O and %o', { a: { b: 1 } }, 'str'));
console.log(util.formatWithOptions({ compact: false }, { x: 1 }));
try { util.formatWithOptions('bad', 'x'); } catch (err) { console.log(err.code, err.message); }
console.log(util.format('%s', 'a\nb'), util.format('%s', ''), util.format('%d', ''));
console.log(util.format('%s %s', Object.create(null), new Map([[1, 2]])));
