// path.resolve and path.relative (posix), with a fixed base.
const path = require('path');
process.chdir('/tmp');
const resolves = [[], [''], ['a'], ['/a', 'b'], ['/a', '/b', 'c'], ['a', '..', '..', '..'], ['/', '..'], ['a/', './b/'], ['/x/y/', '../z'], ['', '/abs', '']];
for (const args of resolves) console.log(JSON.stringify(args), '=>', path.resolve(...args));
const relatives = [
  ['/a/b/c', '/a/b/d'], ['/a/b', '/a/b/c/d'], ['/a/b/c/d', '/a/b'], ['/', '/a'], ['/a', '/'], ['/a', '/a'],
  ['/foo/bar', '/foo/barbaz'], ['/foo/barbaz', '/foo/bar'], ['a', 'b'], ['', ''], ['/a/b/', '/a/b'], ['/page1', '/page2'],
];
for (const [from, to] of relatives) console.log(JSON.stringify([from, to]), '=>', JSON.stringify(path.relative(from, to)));
console.log(path.isAbsolute('/a'), path.isAbsolute('a'), path.isAbsolute(''), path.isAbsolute('//'), path.isAbsolute('./a'));
try { path.resolve('a', 42); } catch (err) { console.log(err.code, err.message); }
try { path.relative('a'); } catch (err) { console.log(err.code, err.message); }
console.log(path.toNamespacedPath('/a/b'), path.toNamespacedPath(42));
