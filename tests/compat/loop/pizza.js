// The guide's "pizza" ordering example.
console.log('1. Take order');
setTimeout(() => console.log('5. Pizza is ready (setTimeout)'), 0);
setImmediate(() => console.log('6. Serve drinks (setImmediate)'));
Promise.resolve().then(() => console.log('4. Confirm payment (promise)'));
process.nextTick(() => console.log('3. Say thank you (nextTick)'));
console.log('2. Give receipt');
