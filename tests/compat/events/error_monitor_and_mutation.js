const EventEmitter = require('events');
const e = new EventEmitter();
e.on(EventEmitter.errorMonitor, (err) => console.log('monitor', err.message));
e.on('error', (err) => console.log('handler', err.message));
e.emit('error', new Error('boom'));
const f = new EventEmitter();
f.on(EventEmitter.errorMonitor, (err) => console.log('monitor only', err.message));
try { f.emit('error', new Error('unhandled')); } catch (err) { console.log('thrown', err.message); }
// removal during emit does not affect the current emit
const g = new EventEmitter();
const a = () => { console.log('a'); g.off('x', b); g.on('x', c); };
const b = () => console.log('b');
const c = () => console.log('c');
g.on('x', a); g.on('x', b);
g.emit('x'); g.emit('x');
console.log(g.listenerCount('x'), g.rawListeners('x').length);
g.setMaxListeners(2);
for (let i = 0; i < 4; i++) g.on('y', () => {});
process.on('warning', (w) => console.log(w.name, w.message));
