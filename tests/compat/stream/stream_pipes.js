// Backpressure, pipe/unpipe, pipeline (errors and cleanup), finished,
// Readable.from and async iteration.
const stream = require('stream');
const { Readable, Writable, Transform, PassThrough, pipeline, finished } = stream;
const log = (...a) => console.log(...a);

function slowSink(name, hwm, delay) {
  const got = [];
  const w = new Writable({
    highWaterMark: hwm,
    write(chunk, enc, cb) { got.push(chunk.length); setTimeout(cb, delay); },
  });
  w.got = got;
  w.on('drain', () => log(`${name}:drain`));
  return w;
}

async function main() {
  await new Promise((done) => {
    let i = 0;
    const src = new Readable({ highWaterMark: 4, read() { this.push(i < 6 ? Buffer.alloc(3, i++) : null); } });
    const sink = slowSink('sink', 5, 1);
    src.on('pause', () => log('src:pause'));
    src.on('resume', () => log('src:resume'));
    src.pipe(sink).on('finish', () => { log('piped', sink.got); done(); });
  });
  await new Promise((done) => {
    const w = new Writable({ highWaterMark: 10, write(c, e, cb) { setImmediate(cb); } });
    let writes = 0;
    function writeMore() {
      let ok = true;
      while (writes < 8 && ok) { ok = w.write('xxxx'); writes++; log('write', writes, ok, w.writableLength); }
      if (writes < 8) w.once('drain', () => { log('drain at', writes); writeMore(); });
      else w.end(done);
    }
    writeMore();
  });
  await new Promise((done) => {
    const up = new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } });
    const out = [];
    pipeline(Readable.from(['a', 'b', 'c']), up, new Writable({ write(c, e, cb) { out.push(c.toString()); cb(); } }), (err) => {
      log('pipeline ok', err, out);
      done();
    });
  });
  await new Promise((done) => {
    const failing = new Transform({ transform(c, e, cb) { cb(c.toString() === 'b' ? new Error('bad chunk') : null, c); } });
    const src = Readable.from(['a', 'b', 'c']);
    const dst = new PassThrough();
    dst.resume();
    pipeline(src, failing, dst, (err) => {
      log('pipeline error', err.message, src.destroyed, failing.destroyed, dst.destroyed);
      done();
    });
  });
  await new Promise((done) => {
    const src = new Readable({ read() {} });
    const dst = new PassThrough();
    pipeline(src, dst, (err) => { log('premature', err.code, err.message); done(); });
    src.push('x');
    setImmediate(() => dst.destroy());
  });
  await new Promise((done) => {
    async function* double(source) { for await (const chunk of source) yield String(chunk) + String(chunk); }
    const seen = [];
    pipeline(Readable.from(['1', '2']), double, new Writable({ objectMode: true, write(c, e, cb) { seen.push(c); cb(); } }), (err) => {
      log('generator pipeline', err, seen);
      done();
    });
  });
  await stream.promises.pipeline(Readable.from(['p', 'q']), async function (source) {
    const parts = [];
    for await (const c of source) parts.push(c);
    log('promises pipeline sink', parts);
  });
  try {
    await stream.promises.pipeline(new Readable({ read() { this.destroy(new Error('source failed')); } }), new PassThrough());
  } catch (e) { log('promises pipeline rejected', e.message); }
  const chunks = [];
  for await (const c of Readable.from([1, 2, 3])) chunks.push(c);
  log('for await', chunks);
  const r = new Readable({ read() {} });
  r.push('x');
  r.push('y');
  r.push(null);
  let text = '';
  for await (const c of r) text += c;
  log('for await bytes', text, r.destroyed);
  const early = Readable.from(['a', 'b', 'c']);
  for await (const c of early) { log('break at', c); break; }
  log('after break destroyed', early.destroyed);
  await new Promise((done) => {
    const w = new Writable({ write(c, e, cb) { cb(); } });
    finished(w, (err) => { log('finished writable', err); done(); });
    w.end('z');
  });
  await new Promise((done) => {
    const rr = new Readable({ read() {} });
    finished(rr, (err) => { log('finished error', err.code); done(); });
    rr.destroy();
  });
  await stream.promises.finished(Readable.from(['f']).resume());
  log('promises finished');
  await new Promise((done) => {
    const src = new PassThrough();
    const a = new PassThrough();
    const b = new PassThrough();
    src.pipe(a);
    src.pipe(b);
    a.on('unpipe', () => log('a unpiped'));
    src.unpipe(a);
    b.on('data', (c) => log('b got', c.toString()));
    a.on('data', () => log('a should not get data'));
    src.end('only b');
    b.on('end', done);
  });
  const errors = [
    () => new Writable().write(null),
    () => new Writable().write(5),
    () => new Writable({ highWaterMark: -1 }),
    () => pipeline(new PassThrough()),
    () => pipeline(new PassThrough(), new PassThrough(), 'nope'),
    () => finished(5, () => {}),
    () => Readable.from(5),
    () => new Writable().write('x', 'bogus'),
  ];
  for (const f of errors) {
    try { log('no throw', f()); } catch (e) { log(e.name, e.code, e.message); }
  }
  await new Promise((done) => {
    const rr = new Readable({ read() {} });
    rr.on('error', (e) => { log('push error', e.code); done(); });
    rr.push(5);
  });
  await new Promise((done) => {
    const w = new Writable({ write(c, e, cb) { cb(); } });
    w.on('error', (e) => log('write-after-end error', e.code));
    w.end();
    w.write('x');
    w.on('close', done);
  });
}
main();
