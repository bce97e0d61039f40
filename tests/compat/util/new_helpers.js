// util.diff, convertProcessSignalToExitCode, stripVTControlCharacters,
// isDeepStrictEqual's skipPrototype, util/types, util.types gaps.
const util = require('util');
console.log(util.diff('12345678', '12!!5!7!'), util.diff(['1', '2', '3'], ['1', '3', '4']), util.diff('same', 'same'));
for (const bad of [[{}, 'x'], ['x', {}], [['1', 2], ['1']]]) {
  try { util.diff(...bad); } catch (err) { console.log(err.name, err.code, err.message); }
}
console.log(util.convertProcessSignalToExitCode('SIGTERM'), util.convertProcessSignalToExitCode('SIGKILL'));
try { util.convertProcessSignalToExitCode('sigterm'); } catch (err) { console.log(err.name, err.code, err.message.slice(0, 60)); }
for (const text of ['\u001b[31mred\u001b[39m', '\u001b]8;;https://x.test\u001b\\link\u001b]8;;\u001b\\', '\u001b]0;title\u0007rest', 'a\u009b2Jb', 'plain']) {
  console.log(JSON.stringify(util.stripVTControlCharacters(text)));
}
function A(v) { this.v = v; }
function B(v) { this.v = v; }
console.log(util.isDeepStrictEqual(new A(1), new B(1)), util.isDeepStrictEqual(new A(1), new B(1), true), util.isDeepStrictEqual(new Uint8Array(1), Buffer.alloc(1), true));
const fake = new Boolean(true);
Object.setPrototypeOf(fake, String.prototype);
console.log(util.isDeepStrictEqual(fake, new String('true')), util.isDeepStrictEqual(Object(1n), Object(1n)), util.isDeepStrictEqual(Object(Symbol.iterator), Object(Symbol.iterator)));
console.log(require('util/types') === util.types, require('node:util/types').isFloat16Array(new Float16Array(1)), util.types.isExternal({}), util.types.isKeyObject({}), util.types.isCryptoKey({}));
console.log(Object.keys(util.types).length);
