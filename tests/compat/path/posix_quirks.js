// path.posix corners Node keeps: '/..' parses with the extension '.',
// '//' stays as a dirname, toNamespacedPath passes anything through.
const { posix } = require('path');
for (const p of ['/..', '/.', '//', '//a', '///a/b', 'a/', '.bashrc', '..', '/a/..', 'a.b.', '/a/b.c/']) {
  console.log(JSON.stringify(p), JSON.stringify(posix.parse(p)), posix.dirname(p), posix.extname(p), posix.basename(p));
}
console.log(posix.resolve('') === process.cwd(), posix.resolve('.') === process.cwd(), posix.resolve('/a', '', 'b'), posix.relative('/a/b', '/a/bc'), posix.relative('/', '/x'));
console.log(posix.toNamespacedPath(5), posix.toNamespacedPath('a/b'), posix._makeLong === posix.toNamespacedPath);
console.log(posix.format({ root: '/', dir: '/', base: 'x' }), posix.format({ dir: 'a', name: 'b', ext: 'c' }), posix.format({ name: 'n' }));
for (const bad of [[5], ['a', {}]]) {
  try { posix.basename(...bad); } catch (err) { console.log(err.code, err.message); }
}
