// globalThis, global and which globals exist (and are enumerable) as in Node.
console.log(global === globalThis, globalThis.globalThis === globalThis, typeof window, typeof self);
const expected = ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate',
  'queueMicrotask', 'structuredClone', 'process', 'console', 'TextEncoder', 'TextDecoder', 'AbortController',
  'AbortSignal', 'Event', 'EventTarget', 'CustomEvent', 'DOMException', 'performance', 'require', 'module',
  '__filename', '__dirname', 'exports'];
for (const name of expected) console.log(name, typeof globalThis[name], eval(`typeof ${name}`));
const enumerable = Object.keys(globalThis).filter((k) => ['global', 'setTimeout', 'queueMicrotask', 'structuredClone', 'performance', 'process', 'console'].includes(k));
console.log(enumerable.sort().join(','));
globalThis.myGlobal = 1;
console.log(typeof myGlobal, delete globalThis.myGlobal, typeof myGlobal);
var topVar = 'module scoped';
console.log(globalThis.topVar, this === module.exports, typeof this);
console.log(Object.getOwnPropertyDescriptor(globalThis, 'process').enumerable, Object.getOwnPropertyDescriptor(globalThis, 'console').enumerable);
