// worker_threads seen from the main thread: its identity, environment
// data, and `new Worker()` (bistro runs one JavaScript thread; Node's
// argument checks still come first).
const wt = require('worker_threads');

console.log(wt.isMainThread, wt.threadId, wt.parentPort, wt.workerData, wt.resourceLimits, wt.SHARE_ENV);
console.log(wt.MessageChannel === globalThis.MessageChannel, wt.MessagePort === globalThis.MessagePort,
  wt.BroadcastChannel === globalThis.BroadcastChannel, typeof MessageEvent);
console.log(Object.getOwnPropertyDescriptor(globalThis, 'MessageChannel').enumerable);

wt.setEnvironmentData('config', { level: 2 });
console.log(wt.getEnvironmentData('config'), wt.getEnvironmentData('missing'));
wt.setEnvironmentData('config', undefined);
console.log(wt.getEnvironmentData('config'));

for (const args of [[5], ['relative.js'], [{}]]) {
  try {
    new wt.Worker(...args);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
