// readv/writev in every form, FileHandle (events, close while busy, its
// methods), util.promisify of fs functions, AbortSignal options, and
// fs/promises writeFile of iterables.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const { promisify } = require('util');
const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'bistro-vec-'));
process.chdir(dir);

const show = (label, err) => console.log(label, err ? [err.name, err.code, err.message] : 'ok');

const fd = fs.openSync('v.bin', 'w+');
console.log(fs.writevSync(fd, [Buffer.from('abc'), new Uint8Array([100, 101]), Buffer.from('fgh')]));
console.log(fs.writevSync(fd, [], null), fs.writevSync(fd, [Buffer.from('XY')], 1));
const parts = [Buffer.alloc(2), Buffer.alloc(3), Buffer.alloc(10)];
console.log(fs.readvSync(fd, parts, 0), parts.map(String));
try {
  fs.readvSync(fd, 'nope');
} catch (err) {
  show('readvSync bad buffers', err);
}
fs.closeSync(fd);

fs.open('v.bin', 'r+', (err, fd2) => {
  let sync = true;
  fs.writev(fd2, [], (err, written, buffers) => {
    console.log('writev empty', err, written, buffers.length, sync);
    fs.writev(fd2, [Buffer.from('12'), Buffer.from('34')], 0, (err, written) => {
      console.log('writev', err, written);
      const into = [Buffer.alloc(4), Buffer.alloc(4)];
      fs.readv(fd2, into, 0, (err, read, buffers) => {
        console.log('readv', err, read, buffers === into, into.map(String));
        fs.closeSync(fd2);
        promised();
      });
    });
  });
  sync = false;
});

async function promised() {
  const read = promisify(fs.read);
  const fdr = fs.openSync('v.bin', 'r');
  const got = await read(fdr, Buffer.alloc(3), 0, 3, 0);
  console.log(Object.keys(got), got.bytesRead, String(got.buffer));
  const readv = promisify(fs.readv);
  console.log(Object.keys(await readv(fdr, [Buffer.alloc(1)], 0)));
  fs.closeSync(fdr);
  console.log(await promisify(fs.exists)('v.bin'), await promisify(fs.exists)('nope'));

  const handle = await fsp.open('h.txt', 'w+');
  handle.on('close', () => console.log('close event'));
  console.log(await handle.writev([Buffer.from('hello '), Buffer.from('world')]));
  const back = [Buffer.alloc(5), Buffer.alloc(6)];
  const { bytesRead, buffers } = await handle.readv(back, 0);
  console.log(bytesRead, buffers === back, back.map(String));
  const r = await handle.read(Buffer.alloc(5), 0, null, 6);
  console.log(r.bytesRead, String(r.buffer));
  const r2 = await handle.read({ buffer: Buffer.alloc(3), position: 0 });
  console.log(r2.bytesRead, String(r2.buffer));
  await handle.chown(-1, -1);
  await handle.appendFile('!');
  console.log((await handle.stat()).size, (await handle.stat({ bigint: true })).size);
  const pending = handle.readFile({ encoding: 'utf8' });
  const closing = handle.close();
  console.log('fd while closing', handle.fd === -1);
  console.log(JSON.stringify(await pending));
  await closing;
  console.log('fd after close', handle.fd);
  await handle.stat().catch((err) => console.log('closed handle', err.code, err.message, err.syscall));
  await handle.close();

  await fsp.writeFile('it.txt', (function* () { yield 'one '; yield Buffer.from('two '); })());
  await fsp.appendFile('it.txt', (async function* () { yield 'three'; })());
  console.log(fs.readFileSync('it.txt', 'utf8'));
  await fsp.writeFile('it.txt', [42]).catch((err) => show('iterable of numbers', err));
  try {
    fs.writeFileSync('it.txt', [1, 2]);
  } catch (err) {
    show('writeFileSync iterable', err);
  }

  await fsp.readFile('it.txt', { signal: AbortSignal.abort() }).catch((err) => show('readFile aborted', err));
  const controller = new AbortController();
  const writing = fsp.writeFile('s.txt', 'x', { signal: controller.signal });
  process.nextTick(() => controller.abort());
  await writing.catch((err) => show('writeFile aborted on the next tick', err));
  fs.readFile('it.txt', { signal: AbortSignal.abort() }, (err) => {
    show('callback readFile aborted', err);
    try {
      fs.readFile('it.txt', { signal: 'nope' }, () => {});
    } catch (err) {
      show('bad signal', err);
    }
    const temp = fs.mkdtempDisposableSync('tmp-');
    console.log(fs.existsSync(temp.path));
    temp[Symbol.dispose]();
    console.log(fs.existsSync(temp.path));
    temp.remove();
    fsp.mkdtempDisposable('ptmp-').then(async (t) => {
      console.log(fs.existsSync(t.path));
      await t[Symbol.asyncDispose]();
      console.log(fs.existsSync(t.path));
      process.chdir('/');
      fs.rmSync(dir, { recursive: true });
    });
  });
}
