const path = require('path');
const cases = ['/a/b/c.txt', 'a/b.tar.gz', '.bashrc', '/', '', 'dir/', '..', 'a/.', 'file.', '/x/y/.hidden.js', '//double'];
for (const p of cases) {
  console.log(JSON.stringify(p), path.extname(p), JSON.stringify(path.parse(p)), path.basename(p), path.dirname(p));
}
console.log(path.join('/a', 'b', '../c', './d'), path.normalize('a//b/../c/'), path.resolve('/x', 'y', '..', 'z'));
console.log(path.relative('/data/a/b', '/data/c'), path.relative('/a', '/a/b/c'), path.isAbsolute('./x'));
console.log(path.basename('/a/b.js', '.js'), path.format({ dir: '/x', name: 'f', ext: 'txt' }), path.sep, path.delimiter);
try { path.join('a', 1); } catch (e) { console.log(e.code, e.message); }
