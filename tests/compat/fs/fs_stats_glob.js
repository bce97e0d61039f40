// Stats and BigIntStats (lazy Dates, nanosecond fields), StatFs, and
// fs.glob / globSync / promises.glob with cwd, exclude and withFileTypes.
const fs = require('fs');
const path = require('path');
const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'bistro-glob-'));
process.chdir(dir);

fs.writeFileSync('f.txt', 'twelve bytes');
fs.utimesSync('f.txt', 1000000000.5, 1234567890.123);
const st = fs.statSync('f.txt');
console.log(Object.keys(st));
console.log(st.mtimeMs, st.mtime.toISOString(), st.isFile(), st instanceof fs.Stats);
st.mtime = 'replaced';
console.log(st.mtime, Object.keys(st).includes('mtime'));
const big = fs.statSync('f.txt', { bigint: true });
console.log(big.constructor.name, Object.keys(big));
console.log(typeof big.size, big.size, big.mtimeMs, big.mtimeNs, big.atimeNs, big.mtime.toISOString(), big.isFile());
console.log(big.mtimeNs / 1000000n === big.mtimeMs, Number(big.ino) === st.ino);
console.log(fs.lstatSync('f.txt', { bigint: true }).size, fs.fstatSync(fs.openSync('f.txt'), { bigint: true }).mode === BigInt(st.mode));
console.log(fs.statSync('missing', { throwIfNoEntry: false }), fs.lstatSync('no/x', { throwIfNoEntry: false }));
const sfs = fs.statfsSync('.');
console.log(sfs.constructor.name, Object.keys(sfs), typeof sfs.bsize, typeof fs.statfsSync('.', { bigint: true }).blocks);

for (const name of ['a/x.js', 'a/b/y.js', 'a/b/z.txt', '.hidden/h.js', 'c/.dot.js', 'top.js']) {
  fs.mkdirSync(path.dirname(name), { recursive: true });
  fs.writeFileSync(name, '');
}
const sorted = (list) => list.sort();
for (const pattern of ['**/*.js', '*', 'a/**', '**', 'a/*/*.js', '{a,c}/**/*.js', 'a/b/../x.js', './a/*.js',
  '**/b', 'a/**/', '*/', '[ac]/*', 'a/?.js', '**/.*', 'nope/*', '+(a|c)/*', 'a/!(x).js', 'a/b/{y,z}.*']) {
  console.log(JSON.stringify(pattern), sorted(fs.globSync(pattern)));
}
console.log(sorted(fs.globSync(['*.js', 'a/*.js'])));
console.log(sorted(fs.globSync('**/*.js', { exclude: ['a/**'] })));
console.log(sorted(fs.globSync('**/*.js', { exclude: (name) => name === 'b' })));
console.log(sorted(fs.globSync('**/*.js', { exclude: (name) => name.endsWith('x.js') })));
console.log(sorted(fs.globSync('*.js', { cwd: 'a' })));
console.log(fs.globSync('a/*', { withFileTypes: true }).map((d) => [d.name, d.parentPath, d.isDirectory()]).sort());
for (const bad of [() => fs.globSync(5), () => fs.globSync('*', 5), () => fs.globSync('*', { exclude: 5 }),
  () => fs.globSync(['*', 1]), () => fs.glob('*')]) {
  try {
    bad();
  } catch (err) {
    console.log(err.code, err.message);
  }
}
fs.glob('**/*.txt', (err, found) => {
  console.log('glob', err, found);
  (async () => {
    const seen = [];
    for await (const match of fs.promises.glob('a/**/*.js')) seen.push(match);
    console.log('promises.glob', sorted(seen));
    process.chdir('/');
    fs.rmSync(dir, { recursive: true });
  })();
});
