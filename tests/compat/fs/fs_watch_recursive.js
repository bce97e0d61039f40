// fs.watch(dir, { recursive: true }): names relative to the root, new
// subdirectories picked up as they appear, the ignore option, and
// fs/promises watch as an async iterator ended by an AbortSignal.
const fs = require('fs');
const os = require('os');
const path = require('path');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bistro-rwatch-'));
fs.mkdirSync(path.join(root, 'a'));
fs.writeFileSync(path.join(root, 'a', 'old.txt'), 'old');

const seen = new Set();
const watcher = fs.watch(root, { recursive: true, ignore: ['*.log', /skip/] }, (type, name) => {
  seen.add(`${type} ${name}`);
});

const steps = [
  ['new folder', () => fs.mkdirSync(path.join(root, 'a', 'b'))],
  ['file in the new folder', () => fs.writeFileSync(path.join(root, 'a', 'b', 'deep.txt'), 'deep')],
  ['change an old file', () => fs.appendFileSync(path.join(root, 'a', 'old.txt'), '!')],
  ['ignored files', () => {
    fs.writeFileSync(path.join(root, 'a', 'debug.log'), 'log');
    fs.writeFileSync(path.join(root, 'skip-me.txt'), 'skip');
  }],
  ['remove the folder', () => fs.rmSync(path.join(root, 'a', 'b'), { recursive: true })],
];

function next() {
  if (seen.size) console.log([...seen].sort().join('\n'));
  seen.clear();
  const step = steps.shift();
  if (!step) {
    watcher.close();
    return promises();
  }
  console.log(`-- ${step[0]}`);
  step[1]();
  setTimeout(next, 150);
}
watcher.on('close', () => console.log('recursive watcher closed'));
next();

async function promises() {
  const controller = new AbortController();
  const target = path.join(root, 'p.txt');
  setTimeout(() => fs.writeFileSync(target, 'p'), 50);
  const events = new Set();
  try {
    for await (const { eventType, filename } of fs.promises.watch(root, { signal: controller.signal })) {
      events.add(`${eventType} ${filename}`);
      if (filename === 'p.txt') setTimeout(() => controller.abort(), 50);
    }
  } catch (err) {
    console.log([...events].sort().join('\n'));
    console.log('iterator ended with', err.name, err.code);
  }
  fs.rmSync(root, { recursive: true });
}
