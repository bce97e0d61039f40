// The guide's emergency-room example: patients are seen by priority —
// critical (process.nextTick) before urgent (promises) before scheduled
// (timers) before walk-ins (setImmediate).
//
// The guide prints "Regular checkup completed (I/O)" before "Routine
// checkup (setImmediate)". Real Node prints the immediate first: the file
// read completes on the thread pool after several loop iterations, while
// the immediate runs in the check phase of the very first iteration. This
// program prints Node's real order.
const fs = require('fs');

console.log('Doors open');

setTimeout(() => console.log('Scheduled appointment (setTimeout)'), 0);
setImmediate(() => console.log('Routine checkup (setImmediate)'));
Promise.resolve().then(() => console.log('Urgent care (promise)'));
process.nextTick(() => console.log('Critical patient (nextTick)'));

fs.readFile(__filename, () => console.log('Regular checkup completed (I/O)'));

console.log('Doors close for intake');
