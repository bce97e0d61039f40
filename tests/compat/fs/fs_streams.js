// fs.createReadStream / createWriteStream: events, ranges, encodings,
// backpressure through pipe, errors.
const fs = require('fs');
const path = require('path');
const { pipeline, Transform } = require('stream');
const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'bistro-streams-'));
const p = (name) => path.join(dir, name);
const log = (...a) => console.log(...a);
fs.writeFileSync(p('abc.txt'), 'abcdefghijklmnopqrstuvwxyz');
const big = Buffer.alloc(300 * 1024);
for (let i = 0; i < big.length; i++) big[i] = i % 251;
fs.writeFileSync(p('big.bin'), big);

function events(name, s) {
  for (const ev of ['open', 'ready', 'end', 'finish', 'close']) s.on(ev, (arg) => log(`${name}:${ev}`, typeof arg));
  s.on('error', (e) => log(`${name}:error`, e.code, e.syscall, JSON.stringify(path.relative(dir, e.path || dir))));
  return s;
}

async function main() {
  await new Promise((done) => {
    const r = events('r', fs.createReadStream(p('abc.txt'), { start: 2, end: 9, highWaterMark: 3, encoding: 'utf8' }));
    log('pending', r.pending, r.path === p('abc.txt'));
    r.on('data', (c) => log('r:data', JSON.stringify(c), r.bytesRead));
    r.on('close', done);
  });
  await new Promise((done) => {
    const sizes = [];
    const r = fs.createReadStream(p('big.bin'));
    r.on('data', (c) => sizes.push(c.length));
    r.on('end', () => { log('chunks', sizes, r.bytesRead); done(); });
  });
  await new Promise((done) => {
    const w = events('w', fs.createWriteStream(p('out.txt')));
    log('write returns', w.write('hello '), w.write(Buffer.from('world')));
    w.end('!', () => {
      log('written', fs.readFileSync(p('out.txt'), 'utf8'), w.bytesWritten);
    });
    w.on('close', done);
  });
  await new Promise((done) => {
    const w = fs.createWriteStream(p('out.txt'), { flags: 'a' });
    w.end('+more');
    w.on('close', () => { log('appended', fs.readFileSync(p('out.txt'), 'utf8')); done(); });
  });
  await new Promise((done) => {
    const w = fs.createWriteStream(p('out.txt'), { flags: 'r+', start: 2 });
    w.end('XY');
    w.on('close', () => { log('positioned', fs.readFileSync(p('out.txt'), 'utf8')); done(); });
  });
  await new Promise((done) => {
    const src = fs.createReadStream(p('big.bin'), { highWaterMark: 16 * 1024 });
    const dst = fs.createWriteStream(p('copy.bin'), { highWaterMark: 4 * 1024 });
    let drains = 0;
    dst.on('drain', () => drains++);
    src.pipe(dst).on('close', () => {
      log('copied equal', fs.readFileSync(p('copy.bin')).equals(big), drains > 0);
      done();
    });
  });
  await new Promise((done) => {
    const upper = new Transform({ transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); } });
    pipeline(fs.createReadStream(p('abc.txt')), upper, fs.createWriteStream(p('upper.txt')), (err) => {
      log('pipeline', err, fs.readFileSync(p('upper.txt'), 'utf8'));
      done();
    });
  });
  await new Promise((done) => {
    const r = events('missing', fs.createReadStream(p('missing.txt')));
    r.on('data', () => log('no data expected'));
    r.on('close', done);
  });
  await new Promise((done) => {
    const w = events('dirwrite', fs.createWriteStream(dir));
    w.on('close', done);
  });
  await new Promise((done) => {
    pipeline(fs.createReadStream(p('missing.txt')), fs.createWriteStream(p('never.txt')), (err) => {
      log('pipeline missing', err.code, fs.existsSync(p('never.txt')));
      done();
    });
  });
  const fd = fs.openSync(p('abc.txt'), 'r');
  await new Promise((done) => {
    const r = fs.createReadStream(null, { fd, start: 20 });
    r.on('data', (c) => log('from fd', c.toString()));
    r.on('close', () => { log('fd closed', (() => { try { fs.fstatSync(fd); return false; } catch (e) { return e.code; } })()); done(); });
  });
  const handle = await fs.promises.open(p('abc.txt'));
  await new Promise((done) => {
    const r = handle.createReadStream({ start: 23 });
    r.on('data', (c) => log('from handle', c.toString()));
    r.on('close', done);
  });
  log('handle fd after', handle.fd);
  for (const f of [
    () => fs.createReadStream(p('abc.txt'), { start: 5, end: 2 }),
    () => fs.createReadStream(p('abc.txt'), { start: -1 }),
    () => fs.createReadStream(p('abc.txt'), { encoding: 'nope' }),
    () => fs.createReadStream(5.5),
    () => fs.createReadStream(null, { fd: -2 }),
  ]) {
    try { f(); log('no throw'); } catch (e) { log(e.name, e.code, e.message); }
  }
  await new Promise((done) => {
    const w = fs.createWriteStream(p('bad-flags'), { flags: 'zz' });
    w.on('error', (e) => log('bad flags', e.code, e.message));
    w.on('close', done);
  });
  fs.rmSync(dir, { recursive: true });
}
main();
