console.log(typeof globalThis.global, global === globalThis, typeof queueMicrotask, typeof structuredClone, typeof performance);
const order = [];
queueMicrotask(() => order.push('microtask'));
process.nextTick(() => order.push('tick'));
Promise.resolve().then(() => order.push('promise'));
setTimeout(() => console.log(order.join(',')), 1);
process.on('uncaughtException', (e) => console.log('uncaught from microtask:', e.message));
queueMicrotask(() => { throw new Error('microtask threw'); });
console.log(['setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'clearImmediate', 'console', 'process',
  'TextEncoder', 'TextDecoder', 'AbortController', 'AbortSignal', 'Event', 'EventTarget', 'CustomEvent', 'DOMException']
  .every((name) => typeof globalThis[name] !== 'undefined'));
console.log(Object.keys(globalThis).includes('setTimeout'), Object.getOwnPropertyDescriptor(globalThis, 'setTimeout') !== undefined);
globalThis.setTimeout = globalThis.setTimeout;
const saved = console.log;
console.log = (...args) => saved('patched:', ...args);
console.log('through the patched log');
console.log = saved;
const { Console } = console;
const lines = [];
const EventEmitter = require('events');
const sink = Object.assign(new EventEmitter(), { write: (s) => { lines.push(s); return true; } });
const mine = new Console({ stdout: sink });
mine.log('to %s', 'custom stream');
mine.error('errors go to stdout when no stderr');
console.log(JSON.stringify(lines));
