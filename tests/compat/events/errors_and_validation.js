const EventEmitter = require('events');
const e = new EventEmitter();
try { e.emit('error', new Error('plain error')); } catch (err) { console.log('thrown', err.message); }
try { e.emit('error', 'a string'); } catch (err) { console.log(err.code, err.message, err.context); }
try { e.emit('error'); } catch (err) { console.log(err.code, err.message); }
try { e.emit('error', { message: 'object' }); } catch (err) { console.log(err.code, err.message); }
e.on('error', (err) => console.log('handled', err.message));
e.emit('error', new Error('with listener'));
for (const bad of [null, 'str', 42, {}]) {
  try { e.on('x', bad); } catch (err) { console.log(err.name, err.code, err.message); }
}
try { e.setMaxListeners(-1); } catch (err) { console.log(err.code, err.message); }
try { EventEmitter.defaultMaxListeners = 'x'; } catch (err) { console.log(err.code); }
class Sub extends EventEmitter {}
const sub = new Sub();
console.log(sub instanceof EventEmitter, typeof sub.on, EventEmitter.EventEmitter === EventEmitter);
process.on('warning', (w) => console.log('warning', w.name, w.message.split('.')[0]));
const leaky = new EventEmitter();
leaky.setMaxListeners(2);
for (let i = 0; i < 3; i++) leaky.on('leak', () => {});
