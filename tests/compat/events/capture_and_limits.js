// captureRejections (per emitter, global, the rejection symbol, thenables),
// listenerCount with a listener, getMaxListeners/setMaxListeners on
// emitters, targets and signals, addAbortListener, and Event's constants.
const events = require('events');
const { EventEmitter, captureRejectionSymbol } = events;

const attempt = (f) => {
  try {
    console.log('ok', f());
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
};

attempt(() => new EventEmitter({ captureRejections: 1 }));
attempt(() => { EventEmitter.captureRejections = 'yes'; });
console.log(EventEmitter.captureRejections, events.usingDomains, new EventEmitter());

const steps = [
  (next) => {
    const ee = new EventEmitter({ captureRejections: true });
    ee.on('job', async () => { throw new Error('rejected'); });
    ee.on('error', (err) => { console.log('error event', err.message); next(); });
    ee.emit('job');
  },
  (next) => {
    const ee = new EventEmitter({ captureRejections: true });
    ee.on('job', async () => { throw new Error('to symbol'); });
    ee[captureRejectionSymbol] = (err, type, ...args) => { console.log('symbol', err.message, type, args); next(); };
    ee.emit('job', 1, 2);
  },
  (next) => {
    EventEmitter.captureRejections = true;
    const ee = new EventEmitter();
    EventEmitter.captureRejections = false;
    let reads = 0;
    ee.on('job', () => ({ get then() { reads++; return (resolve, reject) => reject(new Error('thenable')); } }));
    ee.on('error', (err) => { console.log('thenable', err.message, 'then read', reads); next(); });
    ee.emit('job');
  },
  (next) => {
    const ee = new EventEmitter({ captureRejections: true });
    ee.on('job', () => ({ get then() { throw new Error('then getter'); } }));
    ee.on('error', (err) => { console.log('getter', err.message); next(); });
    ee.emit('job');
  },
  (next) => {
    const ee = new EventEmitter();
    const a = () => {};
    const b = () => {};
    ee.on('x', a);
    ee.once('x', a);
    ee.on('x', b);
    console.log(ee.listenerCount('x'), ee.listenerCount('x', a), ee.listenerCount('x', b), ee.listenerCount('y', a));
    console.log(events.listenerCount(ee, 'x'), events.listenerCount(new EventTarget(), 'x'));
    console.log(events.getMaxListeners(ee), events.getMaxListeners(new EventTarget()),
      events.getMaxListeners(new AbortController().signal));
    const target = new EventTarget();
    events.setMaxListeners(3, ee, target);
    console.log(events.getMaxListeners(ee), events.getMaxListeners(target));
    attempt(() => events.getMaxListeners({}));
    next();
  },
  (next) => {
    attempt(() => events.addAbortListener());
    attempt(() => events.addAbortListener({}, () => {}));
    attempt(() => events.addAbortListener(new AbortController().signal, 'x'));
    const controller = new AbortController();
    controller.signal.addEventListener('abort', (e) => e.stopImmediatePropagation());
    const disposable = events.addAbortListener(controller.signal, (e) => console.log('aborted', e.type, e.target === controller.signal));
    console.log(typeof disposable[Symbol.dispose]);
    controller.abort();
    const removed = new AbortController();
    events.addAbortListener(removed.signal, () => console.log('never'))[Symbol.dispose]();
    removed.abort();
    const already = AbortSignal.abort();
    events.addAbortListener(already, (e) => { console.log('already aborted', e.type, e.target === already); next(); });
    console.log('listener queued');
  },
  () => {
    const d = Object.getOwnPropertyDescriptor(Event, 'AT_TARGET');
    console.log(Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE, d.writable, d.enumerable, d.configurable);
  },
];
const run = (i) => steps[i]?.(() => run(i + 1));
run(0);
