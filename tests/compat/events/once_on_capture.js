const EventEmitter = require('events');
const { once, on } = EventEmitter;
(async () => {
  const e = new EventEmitter();
  setTimeout(() => e.emit('ready', 1, 2), 1);
  console.log('once resolved', await once(e, 'ready'));
  setTimeout(() => e.emit('error', new Error('failed')), 1);
  try { await once(e, 'ready'); } catch (err) { console.log('once rejected', err.message); }
  const ticker = new EventEmitter();
  setTimeout(() => { ticker.emit('tick', 'a'); ticker.emit('tick', 'b'); ticker.emit('tick', 'c'); }, 1);
  const seen = [];
  for await (const [value] of on(ticker, 'tick')) {
    seen.push(value);
    if (seen.length === 3) break;
  }
  console.log('on iterated', seen, ticker.listenerCount('tick'));
  const captured = new EventEmitter({ captureRejections: true });
  captured.on('event', async () => { throw new Error('async failure'); });
  captured.on('error', (err) => console.log('captured', err.message));
  captured.emit('event');
  const custom = new EventEmitter({ captureRejections: true });
  custom[Symbol.for('nodejs.rejection')] = (err, name) => console.log('rejection handler', err.message, name);
  custom.on('go', async () => { throw new Error('custom'); });
  custom.emit('go');
})();
