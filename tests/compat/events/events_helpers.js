// events module helpers: once with AbortSignal, on, getEventListeners,
// setMaxListeners, listenerCount, and EventEmitter interplay with EventTarget.
const events = require('events');
const { EventEmitter, once, on, getEventListeners } = events;
(async () => {
  const ee = new EventEmitter();
  setTimeout(() => ee.emit('ready', 1, 2), 1);
  console.log('once resolved with', await once(ee, 'ready'));
  const failing = new EventEmitter();
  setTimeout(() => failing.emit('error', new Error('emitted error')), 1);
  try { await once(failing, 'never'); } catch (err) { console.log('once rejected:', err.message); }
  const ac = new AbortController();
  const waiting = once(new EventEmitter(), 'x', { signal: ac.signal });
  ac.abort();
  try { await waiting; } catch (err) { console.log('aborted once:', err.name, err.code); }
  const et = new EventTarget();
  setTimeout(() => et.dispatchEvent(new Event('tick')), 1);
  const [event] = await once(et, 'tick');
  console.log('once on EventTarget:', event.type);
  const stream = new EventEmitter();
  setTimeout(() => { stream.emit('data', 'a'); stream.emit('data', 'b'); stream.emit('data', 'c'); }, 1);
  let count = 0;
  for await (const [value] of on(stream, 'data')) {
    console.log('on() got', value);
    if (++count === 3) break;
  }
  console.log('listeners after break:', stream.listenerCount('data'));
  const withListeners = new EventEmitter();
  const fn = () => {};
  withListeners.on('e', fn);
  console.log(getEventListeners(withListeners, 'e').length, getEventListeners(withListeners, 'e')[0] === fn);
  const target = new EventTarget();
  target.addEventListener('t', fn);
  console.log(getEventListeners(target, 't').length);
  events.setMaxListeners(1, withListeners);
  console.log(withListeners.getMaxListeners());
  console.log(events.listenerCount(withListeners, 'e'), EventEmitter.defaultMaxListeners);
  try { EventEmitter.defaultMaxListeners = -1; } catch (err) { console.log(err.code, err.message); }
  try { withListeners.setMaxListeners('x'); } catch (err) { console.log(err.code, err.message); }
  const crowded = new EventTarget();
  events.setMaxListeners(2, crowded);
  process.on('warning', (w) => console.log(w.name, w.message));
  for (let i = 0; i < 3; i++) crowded.addEventListener('busy', () => {});
  console.log(typeof events.errorMonitor, typeof events.captureRejectionSymbol, events.EventEmitter === events);
})();
