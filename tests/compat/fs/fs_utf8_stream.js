// fs.Utf8Stream: buffered writes to a path or fd, sync and async, flush,
// end, minLength and maxLength (drop), contentMode 'buffer', and its errors.
const fs = require('fs');
const path = require('path');
const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'bistro-utf8-'));
process.chdir(dir);
const { Utf8Stream } = fs;

const show = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
};

const sync = new Utf8Stream({ dest: 'sync.log', sync: true });
console.log(sync.write('héllo\n'), sync.write('world\n'), sync.fd > 2, sync.file, sync.sync, sync.contentMode);
sync.flushSync();
console.log(JSON.stringify(fs.readFileSync('sync.log', 'utf8')));
sync.on('finish', () => console.log('sync finish'));
sync.on('close', () => {
  console.log('sync close');
  asynchronous();
});
sync.end();

function asynchronous() {
  const events = [];
  const stream = new Utf8Stream({ dest: 'async.log', minLength: 4, maxLength: 20 });
  stream.on('ready', () => events.push('ready'));
  stream.on('drop', (data) => events.push(`drop ${JSON.stringify(data)}`));
  stream.on('write', (n) => events.push(`write ${n}`));
  stream.write('ab');
  stream.write('cdefgh');
  stream.write('x'.repeat(30));
  stream.flush((err) => {
    events.push(`flushed ${err}`);
    stream.end();
  });
  stream.on('finish', () => events.push('finish'));
  stream.on('close', () => {
    console.log(events);
    console.log(JSON.stringify(fs.readFileSync('async.log', 'utf8')));
    buffers();
  });
}

function buffers() {
  const fd = fs.openSync('buf.bin', 'w');
  const stream = new Utf8Stream({ fd, contentMode: 'buffer', sync: true });
  stream.write(Buffer.from([1, 2, 3]));
  stream.write(new Uint16Array([0x0504]));
  show('write a string in buffer mode', () => stream.write('no'));
  stream.end();
  console.log(fs.readFileSync('buf.bin'));
  show('write after end', () => stream.write(Buffer.from('x')));
  show('no fd or dest', () => new Utf8Stream({}));
  show('bad contentMode', () => new Utf8Stream({ fd: 1, contentMode: 'latin1' }));
  show('minLength too big', () => new Utf8Stream({ fd: 1, minLength: 20000 }));
  show('bad sync', () => new Utf8Stream({ fd: 1, sync: 'yes' }));
  show('reopen an fd', () => new Utf8Stream({ fd: 1 }).reopen());
  process.chdir('/');
  fs.rmSync(dir, { recursive: true });
}
