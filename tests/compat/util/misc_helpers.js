// The smaller util helpers: isArray (the other type helpers are gone), _extend,
// system errors, styleText (not a terminal here), stripVTControlCharacters,
// toUSVString, debuglog and aborted.
const util = require('util');
// Node 26 dropped the old type helpers (and util.log); isArray stays.
const dropped = ['isBoolean', 'isBuffer', 'isDate', 'isError', 'isFunction', 'isNull', 'isNullOrUndefined', 'isNumber',
  'isObject', 'isPrimitive', 'isRegExp', 'isString', 'isSymbol', 'isUndefined', 'log'];
console.log('still there:', dropped.filter((name) => name in util));
console.log(util.isArray([]), util.isArray({}), util.isArray(new Proxy([], {})));
console.log(util._extend({ a: 1 }, { b: 2 }), util._extend({ a: 1 }, null));
console.log(util.getSystemErrorName(-2), util.getSystemErrorName(-13), util.getSystemErrorName(-9999));
console.log(util.getSystemErrorMessage(-2), '|', util.getSystemErrorMessage(-9999));
const map = util.getSystemErrorMap();
console.log(map instanceof Map, map.get(-2), map.get(-17), map.get(-21), map.size > 50);
for (const bad of [1, 0, 1.5, 'x']) {
  try { util.getSystemErrorName(bad); } catch (err) { console.log(err.code, err.message); }
}
console.log(JSON.stringify(util.styleText('red', 'plain')), JSON.stringify(util.styleText(['bold', 'underline'], 'two')));
try { util.styleText('nope', 'x'); } catch (err) { console.log(err.code, err.message.slice(0, 60)); }
try { util.styleText('red', 42); } catch (err) { console.log(err.code, err.message); }
console.log(util.inspect.colors.red, util.inspect.colors.grey, Object.keys(util.inspect.colors).length, util.inspect.styles.number);
console.log(JSON.stringify(util.stripVTControlCharacters('\u001b[31mred\u001b[39m \u001b[1;4mbold\u001b[0m \u001b]0;title\u0007done')));
try { util.stripVTControlCharacters(1); } catch (err) { console.log(err.code, err.message); }
console.log(JSON.stringify(util.toUSVString('ok\ud800end\udc00')), util.toUSVString('😀'));
const debug = util.debuglog('bistro-test-section');
debug('not shown: NODE_DEBUG is unset');
console.log(typeof debug, debug.enabled, util.debug === util.debuglog);
const controller = new AbortController();
util.aborted(controller.signal, {}).then(() => console.log('aborted resolved'));
controller.abort();
util.aborted({}, {}).catch((err) => console.log('rejected:', err.code));
util.aborted(new AbortController().signal, null).catch((err) => console.log('rejected:', err.code));
