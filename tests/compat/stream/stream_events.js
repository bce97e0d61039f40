// Event order of Readable, Writable, Duplex and Transform streams.
const { Readable, Writable, Transform, PassThrough, Duplex } = require('stream');
const log = (...a) => console.log(...a);

function watch(name, s) {
  for (const ev of ['end', 'finish', 'close', 'error', 'pause', 'resume', 'drain', 'prefinish', 'pipe', 'unpipe']) {
    s.on(ev, (arg) => log(`${name}:${ev}`, ev === 'error' ? arg.message : ''));
  }
  return s;
}

async function main() {
  await new Promise((done) => {
    const r = watch('r1', new Readable({ read() {} }));
    r.on('data', (c) => log('r1:data', c.toString()));
    r.push('a');
    r.push('b');
    process.nextTick(() => { r.push('c'); r.push(null); });
    r.on('close', done);
  });
  await new Promise((done) => {
    let n = 0;
    const r = watch('r2', new Readable({ read() { this.push(n < 3 ? String(n++) : null); } }));
    r.on('readable', () => {
      let chunk;
      log('r2:readable');
      while ((chunk = r.read()) !== null) log('r2:read', chunk.toString());
    });
    r.on('close', done);
  });
  await new Promise((done) => {
    const chunks = [];
    const w = watch('w1', new Writable({
      highWaterMark: 3,
      write(chunk, enc, cb) { chunks.push(chunk.toString()); log('w1:_write', chunk.toString(), enc); setImmediate(cb); },
      final(cb) { log('w1:_final'); cb(); },
    }));
    log('write ab ->', w.write('ab'));
    log('write cd ->', w.write('cd', () => log('w1:cb cd')));
    log('length', w.writableLength, w.writableNeedDrain);
    w.end('ef', () => log('w1:end cb'));
    log('writable', w.writable, w.writableEnded, w.writableFinished);
    w.on('close', () => { log(chunks); done(); });
  });
  await new Promise((done) => {
    const t = watch('t', new Transform({
      transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); },
      flush(cb) { this.push('!'); cb(); },
    }));
    t.on('data', (c) => log('t:data', c.toString()));
    t.write('hello ');
    t.end('world');
    t.on('close', done);
  });
  await new Promise((done) => {
    const r = new Readable({ objectMode: true, read() {} });
    const p = watch('p', new PassThrough({ objectMode: true }));
    r.pipe(p);
    p.on('data', (o) => log('p:data', o));
    r.push({ a: 1 });
    r.push([2]);
    r.push(null);
    p.on('close', done);
  });
  await new Promise((done) => {
    const d = watch('d', new Duplex({
      read() { this.push('from duplex'); this.push(null); },
      write(c, e, cb) { log('d:_write', c.toString()); cb(); },
    }));
    d.on('data', (c) => log('d:data', c.toString()));
    d.end('to duplex');
    d.on('close', done);
  });
  await new Promise((done) => {
    const r = watch('e1', new Readable({ read() { this.destroy(new Error('boom')); } }));
    r.on('data', () => {});
    r.on('close', () => { log('errored', r.errored && r.errored.message, r.destroyed); done(); });
  });
  await new Promise((done) => {
    const w = watch('e2', new Writable({ write(c, e, cb) { cb(new Error('bad write')); } }));
    w.write('x', (err) => log('e2:cb', err.message));
    w.on('close', done);
  });
  await new Promise((done) => {
    const w = watch('e3', new Writable({ write(c, e, cb) { cb(); } }));
    w.end();
    w.write('late', (err) => log('e3:cb', err.code));
    w.on('close', done);
  });
  await new Promise((done) => {
    const r = watch('ds', new Readable({ read() {} }));
    r.destroy();
    log('destroyed', r.destroyed);
    r.on('close', done);
  });
}
main();
