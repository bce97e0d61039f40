// fs.watch on a file and on its directory, fs.watchFile polling, and the
// close/stop events: each step waits for the previous one's events.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bistro-watch-'));
const file = path.join(dir, 'notes.txt');
fs.writeFileSync(file, 'one');

const log = [];
const fileWatcher = fs.watch(file, (type, name) => log.push(`file: ${type} ${name}`));
const dirWatcher = fs.watch(dir, { encoding: 'buffer' }, (type, name) => {
  log.push(`dir: ${type} ${Buffer.isBuffer(name) ? 'Buffer' : typeof name} ${name}`);
});
console.log('watchers', fileWatcher.constructor.name, typeof fileWatcher.ref, typeof fileWatcher.unref);
console.log('resources', process.getActiveResourcesInfo().filter((r) => r.startsWith('FSEvent')));

const steps = [
  ['append', () => fs.appendFileSync(file, ' two')],
  ['chmod', () => fs.chmodSync(file, 0o600)],
  ['create', () => fs.writeFileSync(path.join(dir, 'new.txt'), 'x')],
  ['rename', () => fs.renameSync(path.join(dir, 'new.txt'), path.join(dir, 'moved.txt'))],
  ['mkdir', () => fs.mkdirSync(path.join(dir, 'sub'))],
  ['unlink watched file', () => fs.unlinkSync(file)],
];

function next() {
  if (log.length) console.log(log.splice(0).join('\n'));
  const step = steps.shift();
  if (!step) return finish();
  console.log(`-- ${step[0]}`);
  step[1]();
  setTimeout(next, 100);
}

function finish() {
  fileWatcher.on('close', () => console.log('file watcher closed'));
  dirWatcher.on('close', () => console.log('dir watcher closed'));
  fileWatcher.close();
  fileWatcher.close(); // a second close does nothing
  dirWatcher.close();
  console.log('closed, events after close:', log.length);
  process.nextTick(() => console.log('close events come on the next tick'));
  watchFileStep();
}

function watchFileStep() {
  const polled = path.join(dir, 'polled.txt');
  fs.writeFileSync(polled, 'a');
  const listener = (curr, prev) => {
    console.log('watchFile change', prev.size, '->', curr.size, curr.mtimeMs >= prev.mtimeMs);
    fs.unwatchFile(polled, listener);
  };
  const watcher = fs.watchFile(polled, { interval: 20 }, listener);
  console.log('StatWatcher', watcher.constructor.name);
  watcher.on('stop', () => {
    console.log('watchFile stopped');
    missingFile();
  });
  setTimeout(() => fs.writeFileSync(polled, 'abc'), 100);
}

function missingFile() {
  const missing = path.join(dir, 'missing.txt');
  fs.watchFile(missing, { interval: 20 }, (curr, prev) => {
    console.log('missing file: both zero', curr.size, prev.size, curr.mtimeMs, prev.mtimeMs);
    fs.unwatchFile(missing);
    fs.rmSync(dir, { recursive: true });
  });
}

next();
