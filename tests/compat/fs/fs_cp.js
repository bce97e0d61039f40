// fs.cp, fs.cpSync and fs.promises.cp: trees, links, filters and the
// options, and the errors of bad pairs of paths.
const fs = require('fs');
const path = require('path');
const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'bistro-cp-'));
process.chdir(dir);

const tree = (root) => fs.readdirSync(root, { recursive: true }).sort();
const show = (label, err) => console.log(label, err ? [err.name, err.code, err.message, err.syscall, err.errno] : 'ok');
const attempt = (label, fn) => {
  try {
    fn();
    show(label);
  } catch (err) {
    show(label, err);
  }
};

fs.mkdirSync('src/sub/deep', { recursive: true });
fs.writeFileSync('src/a.js', 'a');
fs.writeFileSync('src/b.txt', 'b');
fs.writeFileSync('src/sub/c.js', 'c');
fs.writeFileSync('src/sub/deep/d.txt', 'd');
fs.symlinkSync('a.js', 'src/rel-link');
fs.chmodSync('src/b.txt', 0o640);

fs.cpSync('src', 'copy', { recursive: true });
console.log(tree('copy'), fs.readlinkSync('copy/rel-link') === path.resolve('src/a.js'));
console.log((fs.statSync('copy/b.txt').mode & 0o777).toString(8));

fs.cpSync('src', 'verbatim', { recursive: true, verbatimSymlinks: true });
console.log(fs.readlinkSync('verbatim/rel-link'));

fs.cpSync('src', 'deref', { recursive: true, dereference: true });
console.log(fs.lstatSync('deref/rel-link').isFile(), fs.readFileSync('deref/rel-link', 'utf8'));

fs.cpSync('src', 'filtered', { recursive: true, filter: (s) => !s.endsWith('.txt') });
console.log(tree('filtered'));

fs.cpSync('src/a.js', 'made/parents/a.js');
console.log(fs.readFileSync('made/parents/a.js', 'utf8'));

fs.writeFileSync('copy/a.js', 'changed');
fs.cpSync('src', 'copy', { recursive: true, force: false });
console.log(fs.readFileSync('copy/a.js', 'utf8'));
fs.cpSync('src', 'copy', { recursive: true });
console.log(fs.readFileSync('copy/a.js', 'utf8'));

fs.utimesSync('src/a.js', new Date('2001-02-03T04:05:06.789Z'), new Date('2002-03-04T05:06:07.891Z'));
fs.cpSync('src/a.js', 'stamped.js', { preserveTimestamps: true });
console.log(fs.statSync('stamped.js').mtime.toISOString());

attempt('dir without recursive', () => fs.cpSync('src', 'nope'));
attempt('same path', () => fs.cpSync('src', 'src', { recursive: true }));
attempt('into itself', () => fs.cpSync('src', 'src/sub/inside', { recursive: true }));
attempt('dir over file', () => fs.cpSync('src', 'stamped.js', { recursive: true }));
attempt('file over dir', () => fs.cpSync('src/a.js', 'copy'));
attempt('error on exist', () => fs.cpSync('src/a.js', 'stamped.js', { force: false, errorOnExist: true }));
attempt('missing source', () => fs.cpSync('missing', 'x'));
attempt('promise filter in cpSync', () => fs.cpSync('src', 'p', { recursive: true, filter: async () => true }));
attempt('bad mode', () => fs.cpSync('src', 'x', { mode: -1 }));
attempt('bad option', () => fs.cpSync('src', 'x', { force: 'yes' }));
attempt('incompatible options', () => fs.cpSync('src', 'x', { dereference: true, verbatimSymlinks: true }));
attempt('bad filter', () => fs.cpSync('src', 'x', { filter: 'no' }));
attempt('bad callback', () => fs.cp('src', 'x'));

fs.cp('src', 'async-copy', { recursive: true, filter: async (s) => !s.endsWith('.txt') }, (err) => {
  show('cp with async filter', err);
  console.log(tree('async-copy'));
  fs.cp('src', 'src', { recursive: true }, (err) => {
    show('cp same path', err);
    fs.cp('src', 'async-nope', (err) => {
      show('cp dir without recursive', err);
      promises();
    });
  });
});

async function promises() {
  await fs.promises.cp('src', 'promise-copy', { recursive: true });
  console.log(tree('promise-copy'));
  for (const [label, args] of [
    ['promise dir over file', ['src', 'stamped.js', { recursive: true }]],
    ['promise file over dir', ['src/a.js', 'copy']],
    ['promise into itself', ['src', 'src/sub/x', { recursive: true }]],
    ['promise error on exist', ['src', 'copy', { recursive: true, force: false, errorOnExist: true }]],
    ['promise bad mode', ['a', 'b', { mode: 8 }]],
  ]) {
    try {
      await fs.promises.cp(...args);
      show(label);
    } catch (err) {
      show(label, err);
    }
  }
  process.chdir('/');
  fs.rmSync(dir, { recursive: true });
}
