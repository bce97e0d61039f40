// How EventTarget, Event, AbortController and AbortSignal print.
const util = require('util');
const controller = new AbortController();
console.log(controller, controller.signal);
controller.abort('why');
console.log(controller.signal, [controller.signal]);
console.log(util.inspect(controller, { depth: 0 }), util.inspect({ nested: { deeper: controller } }, { depth: 1 }));
console.log(new EventTarget(), util.inspect(new EventTarget(), { depth: -1 }));
const event = new Event('ping', { cancelable: true });
const printed = util.inspect(event).replace(/timeStamp: [\d.]+/, 'timeStamp: N');
console.log(printed);
console.log(util.inspect(new CustomEvent('c', { detail: 1 })).replace(/timeStamp: [\d.]+/, 'timeStamp: N'));
const ex = new DOMException('message', 'DataCloneError');
console.log(util.inspect(ex).split('\n')[0], Object.keys(ex));
function caller() { const o = {}; Error.captureStackTrace(o); return o.stack.split('\n')[1].trim().split(' ')[1]; }
console.log(caller());
