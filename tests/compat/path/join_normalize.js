// path.join and path.normalize edge cases (posix).
const path = require('path');
const cases = [
  [], [''], ['', ''], ['.'], ['..'], ['/'], ['//'], ['///a//b/'], ['a', '', 'b'], ['/a', '../..', 'b'],
  ['a/b', '../../..'], ['./a', './b/'], ['a', '/b'], ['a/', '/'], ['.', '..', '.'], ['/..'], ['a/./b/../c/.'],
  ['foo', 'bar', 'baz/asdf', 'quux', '..'], ['ünï', 'çödé'], ['a\\b', 'c'], ['.hidden', '..dots'],
];
for (const parts of cases) console.log(JSON.stringify(parts), '=>', JSON.stringify(path.join(...parts)));
for (const p of ['', '.', '..', '/', '//', '///', 'a//b', '/a/b/../../..', 'a/b/../../..', './', '../../a/', 'a/./', '/.', '/./..', 'a/../b/']) {
  console.log(JSON.stringify(p), '->', JSON.stringify(path.normalize(p)));
}
for (const bad of [[null], ['a', 1], [{}]]) {
  try { path.join(...bad); } catch (err) { console.log(err.code, err.message); }
}
try { path.normalize(undefined); } catch (err) { console.log(err.code, err.message); }
