// util.promisify and util.callbackify, including custom and error cases.
const util = require('util');
function addLater(a, b, callback) { setTimeout(() => callback(null, a + b), 1); }
function failLater(callback) { setImmediate(() => callback(new Error('failed later'))); }
function manyResults(callback) { callback(null, 'first', 'second'); }
const withCustom = (cb) => cb(null, 'original');
withCustom[util.promisify.custom] = () => Promise.resolve('custom');
(async () => {
  console.log(await util.promisify(addLater)(2, 3));
  try { await util.promisify(failLater)(); } catch (err) { console.log('rejected:', err.message); }
  console.log(await util.promisify(manyResults)());
  console.log(await util.promisify(withCustom)(), util.promisify(withCustom) === withCustom[util.promisify.custom]);
  const obj = { value: 7, get(cb) { cb(null, this.value); } };
  console.log(await util.promisify(obj.get).call(obj));
  console.log(typeof util.promisify.custom, util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
  const promisified = util.promisify(addLater);
  console.log(util.promisify(promisified) === promisified);
  try { util.promisify(42); } catch (err) { console.log(err.code, err.message); }

  const cbAsync = util.callbackify(async (x) => x * 2);
  cbAsync(21, (err, value) => console.log('callbackify:', err, value));
  const cbReject = util.callbackify(async () => { throw new TypeError('async threw'); });
  cbReject((err) => console.log('callbackify error:', err.name, err.message));
  const cbNull = util.callbackify(() => Promise.reject(null));
  cbNull((err) => console.log('falsy rejection:', err.code, err.message, err.reason));
  const cbUndefined = util.callbackify(() => Promise.reject(undefined));
  cbUndefined((err) => console.log('undefined rejection:', err.code, err.reason));
  try { util.callbackify('nope'); } catch (err) { console.log(err.code, err.message); }
  try { util.callbackify(async () => {})(1, 2); } catch (err) { console.log(err.code, err.message); }
  console.log(util.callbackify(async function named() {}).name, util.callbackify(async () => {}).length);
})();
