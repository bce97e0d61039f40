// The guide's "pizza" example: one waiter (the event loop) and the order in
// which the kitchen's queues are served.
//
// Real Node order (and bistro's):
//   1. Take order
//   2. Give receipt
//   3. Say thank you (nextTick)       <- nextTick queue, right after the script
//   4. Confirm payment (promise)      <- then the promise (microtask) queue
//   5. Pizza is ready (setTimeout)    <- timers phase of the first iteration
//   6. Serve drinks (setImmediate)    <- check phase of the first iteration
//
// setTimeout(0) versus setImmediate from the main script is a race in Node
// (it depends on whether a millisecond passed before the loop started);
// Node prints the timeout first most of the time, and bistro always does.
console.log('1. Take order');
setTimeout(() => console.log('5. Pizza is ready (setTimeout)'), 0);
setImmediate(() => console.log('6. Serve drinks (setImmediate)'));
Promise.resolve().then(() => console.log('4. Confirm payment (promise)'));
process.nextTick(() => console.log('3. Say thank you (nextTick)'));
console.log('2. Give receipt');
