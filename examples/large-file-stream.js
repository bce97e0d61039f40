// The guide's "use streams for large data": shout a menu in capitals.
// The streaming version holds one 64 KiB chunk at a time however big the
// file is; the readFile version holds the whole file (twice) in memory.
// Both run their file work on the thread pool while the loop stays free.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Transform, pipeline } = require('stream');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bistro-menu-'));
const menu = path.join(dir, 'menu.txt');
const lines = [];
for (let i = 1; i <= 50000; i++) lines.push(`dish ${i}: soup of the day with bread`);
fs.writeFileSync(menu, `${lines.join('\n')}\n`);

const upperCase = new Transform({
  transform(chunk, encoding, callback) {
    callback(null, chunk.toString().toUpperCase());
  },
});

pipeline(fs.createReadStream(menu), upperCase, fs.createWriteStream(path.join(dir, 'streamed.txt')), (err) => {
  if (err) {
    console.error('Pipeline failed:', err.message);
    return;
  }
  console.log('Streamed:', fs.statSync(path.join(dir, 'streamed.txt')).size, 'bytes');
  readFileVersion();
});

// The readFile counterpart: simple, but the whole file sits in memory.
function readFileVersion() {
  fs.readFile(menu, 'utf8', (err, text) => {
    if (err) throw err;
    fs.writeFile(path.join(dir, 'whole.txt'), text.toUpperCase(), (err) => {
      if (err) throw err;
      const same = fs.readFileSync(path.join(dir, 'whole.txt')).equals(fs.readFileSync(path.join(dir, 'streamed.txt')));
      console.log('readFile version gives the same bytes:', same);
      console.log('First line:', fs.readFileSync(path.join(dir, 'whole.txt'), 'utf8').split('\n')[0]);
      fs.rmSync(dir, { recursive: true });
    });
  });
}
