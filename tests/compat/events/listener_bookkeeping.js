// newListener/removeListener events, prepend order, once wrappers,
// rawListeners versus listeners, eventNames with symbols.
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('newListener', (name, fn) => console.log('newListener', String(name), fn.name || '(anonymous)'));
e.on('removeListener', (name, fn) => console.log('removeListener', String(name), fn.name || '(anonymous)'));
function first() { console.log('first'); }
function second() { console.log('second'); }
function onceOnly() { console.log('onceOnly'); }
e.on('x', first);
e.prependListener('x', second);
e.once('x', onceOnly);
e.prependOnceListener('x', function prependedOnce() { console.log('prependedOnce'); });
console.log(e.listeners('x').map((f) => f.name));
console.log(e.rawListeners('x').map((f) => f.name || '(wrapper)'), e.rawListeners('x')[0].listener.name);
e.emit('x');
console.log(e.listenerCount('x'), e.listeners('x').map((f) => f.name));
const sym = Symbol('event');
e.on(sym, first);
console.log(e.eventNames());
e.off('x', first);
e.removeAllListeners('x');
e.removeAllListeners();
console.log(e.eventNames(), e.listenerCount('newListener'));
const raw = new EventEmitter();
raw.once('r', function wrapped() { console.log('called once'); });
const [wrapper] = raw.rawListeners('r');
wrapper();
wrapper();
console.log(raw.listenerCount('r'));
console.log(e.listenerCount('x', first), EventEmitter.listenerCount(e, 'x'));
