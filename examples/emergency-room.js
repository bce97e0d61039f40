// The guide's emergency-room example: patients are seen by priority —
// critical (process.nextTick) before urgent (promises) before scheduled
// (timers) before walk-ins (setImmediate).
//
// The guide prints "Regular checkup completed (I/O)" before "Routine
// checkup (setImmediate)", and so does Node 26 on an idle machine: it
// opens, reads and closes a small file in one thread-pool trip, which ends
// during the loop's start-up, so the first poll phase runs the callback
// before the check phase runs the immediate. (Node 20 took one pool trip
// per step and printed the immediate first.) bistro reads the file in one
// pool trip too and gives pool work queued by the main script a few
// milliseconds of start-up, so it prints this order every time.
const fs = require('fs');

console.log('Doors open');

setTimeout(() => console.log('Scheduled appointment (setTimeout)'), 0);
setImmediate(() => console.log('Routine checkup (setImmediate)'));
Promise.resolve().then(() => console.log('Urgent care (promise)'));
process.nextTick(() => console.log('Critical patient (nextTick)'));

fs.readFile(__filename, () => console.log('Regular checkup completed (I/O)'));

console.log('Doors close for intake');
