// util.deprecate: one warning per code, the warning event, and behaviour.
const util = require('util');
process.on('warning', (w) => console.log('warning:', w.name, w.code, w.message));
const oldAdd = util.deprecate((a, b) => a + b, 'oldAdd() is deprecated. Use add() instead.', 'DEP_BISTRO_1');
const sameCode = util.deprecate(() => 'same', 'another message, same code', 'DEP_BISTRO_1');
const noCode = util.deprecate(function noCodeFn() { return this; }, 'no code here');
console.log(oldAdd(1, 2), oldAdd(3, 4));
console.log(sameCode());
console.log(noCode.call('ctx') === 'ctx' || typeof noCode.call('ctx'));
class Legacy { constructor(x) { this.x = x; } }
const DeprecatedLegacy = util.deprecate(Legacy, 'Legacy is deprecated', 'DEP_BISTRO_2');
const instance = new DeprecatedLegacy(5);
console.log(instance.x, instance instanceof Legacy);
try { util.deprecate('not a function', 'msg'); } catch (err) { console.log(err.name, err.code); }
try { util.deprecate(() => {}, 'msg', 42); } catch (err) { console.log(err.code, err.message); }
setImmediate(() => console.log('done'));
