// fs.opendir, fs.opendirSync and fs.Dir: reading entries one at a time
// (sync, callback, promise, async iteration), closing, and the errors of
// closed and busy directories.
const fs = require('fs');
const path = require('path');
const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'bistro-dir-'));
process.chdir(dir);
for (const name of ['b.txt', 'a.txt', 'c.txt']) fs.writeFileSync(name, name);
fs.mkdirSync('sub/inner', { recursive: true });
fs.writeFileSync('sub/s.txt', 's');
fs.writeFileSync('sub/inner/i.txt', 'i');

const show = (label, err) => console.log(label, err ? [err.name, err.code, err.message] : 'ok');
const attempt = (label, fn) => {
  try {
    console.log(label, fn());
  } catch (err) {
    show(label, err);
  }
};

const d = fs.opendirSync('.', { bufferSize: 2 });
console.log(d instanceof fs.Dir, d.path);
const names = [];
for (let entry; (entry = d.readSync()) !== null;) names.push([entry.name, entry.isDirectory(), entry.parentPath]);
console.log(names.sort());
d.closeSync();
attempt('read after close', () => d.readSync());
attempt('close twice', () => d.closeSync());
attempt('bufferSize 0', () => fs.opendirSync('.', { bufferSize: 0 }));
attempt('bufferSize string', () => fs.opendirSync('.', { bufferSize: '1' }));
attempt('not a directory', () => fs.opendirSync('a.txt'));
attempt('missing', () => fs.opendirSync('missing'));
attempt('bad path', () => fs.opendirSync(1));
attempt('no callback', () => fs.opendir('.'));
attempt('path getter on prototype', () => fs.Dir.prototype.path);
attempt('constructor', () => new fs.Dir());

const recursive = fs.opendirSync('sub', { recursive: true });
const all = [];
for (let entry; (entry = recursive.readSync()) !== null;) all.push(path.join(entry.parentPath, entry.name));
recursive.closeSync();
console.log(all.sort());

fs.opendir('.', (err, handle) => {
  console.log('opendir', err);
  let sync = true;
  handle.read((err, entry) => {
    console.log('read', err, entry instanceof fs.Dirent, sync);
    handle.close((err) => {
      console.log('close', err);
      handle.close((err) => show('close again', err));
      promises();
    });
  });
  sync = false;
});

async function promises() {
  const seen = [];
  for await (const entry of await fs.promises.opendir('.')) seen.push(entry.name);
  console.log(seen.sort());

  const early = await fs.promises.opendir('.');
  for await (const entry of early) break;
  await early.read().then(() => console.log('read after break'), (err) => show('read after break', err));

  const busy = await fs.promises.opendir('.');
  const reading = busy.read();
  attempt('readSync while reading', () => busy.readSync());
  attempt('closeSync while reading', () => busy.closeSync());
  console.log((await reading) instanceof fs.Dirent);
  await busy.close();
  await busy.close().catch((err) => show('promise close again', err));

  fs.opendir('a.txt', (err) => show('opendir a file', err));
}
