// Promises in every state, arguments objects, and objects holding them.
const util = require('util');
const pending = new Promise(() => {});
const fulfilled = Promise.resolve({ value: [1, 2] });
const rejected = Promise.reject(new Error('nope'));
rejected.catch(() => {});
const rejectedPrimitive = Promise.reject(42);
rejectedPrimitive.catch(() => {});
console.log(pending, fulfilled, rejectedPrimitive);
console.log(util.inspect(rejected).split('\n')[0]);
console.log({ p: Promise.resolve('nested'), list: [Promise.resolve(undefined)] });
const withProp = Promise.resolve(1);
withProp.extra = 'prop';
console.log(withProp);
class MyPromise extends Promise {}
console.log(MyPromise.resolve(5));
(function () { console.log(arguments); })(1, 'two', { three: 3 });
(function () { console.log(arguments); })();
(function () { 'use strict'; console.log(util.inspect(arguments), util.types.isArgumentsObject(arguments)); })(1);
console.log(util.types.isPromise(fulfilled), util.types.isPromise({ then() {} }));
console.log(util.inspect(Promise.resolve(Promise.resolve('inner'))));
(async () => {
  const awaited = Promise.resolve('later');
  await awaited;
  console.log(awaited);
})();
