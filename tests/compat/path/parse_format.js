// path.parse, path.format, basename, dirname and extname (posix).
const path = require('path');
for (const p of ['/home/user/file.txt', '/home/user/dir/', 'file', '.bashrc', '..', '.', '/', '', 'a.b.c', '/a/.b.c', 'file.', '//x//y.z//', 'no/ext/', 'dot.in.dir/file']) {
  console.log(JSON.stringify(p), JSON.stringify(path.parse(p)), path.basename(p), path.dirname(p), JSON.stringify(path.extname(p)));
}
console.log(path.basename('/a/b.html', '.html'), path.basename('/a/b.html', 'html'), path.basename('/a/b.html', 'b.html'), path.basename('aaa', 'a'));
console.log(path.format({ root: '/', dir: '/home', base: 'f.txt' }), path.format({ root: '/', name: 'n', ext: 'e' }));
console.log(path.format({ dir: 'd', name: 'n', ext: '.e' }), path.format({ base: 'b', name: 'ignored' }), path.format({}));
console.log(path.format({ root: '/r/', base: 'x' }), path.format({ dir: '/', base: 'x' }));
try { path.format(null); } catch (err) { console.log(err.code, err.message); }
try { path.basename('/a', 1); } catch (err) { console.log(err.code, err.message); }
try { path.extname(Symbol('s')); } catch (err) { console.log(err.code, err.message); }
console.log(path.sep, path.delimiter, path.posix === path, path.posix.sep);
