// A nextTick scheduled inside a promise callback runs before the next
// callback of the loop.
setImmediate(() => {
  console.log('immediate 1');
  Promise.resolve().then(() => process.nextTick(() => console.log('tick from promise job in immediate 1')));
});
setImmediate(() => console.log('immediate 2'));
Promise.resolve().then(() => process.nextTick(() => console.log('tick from main promise')));
