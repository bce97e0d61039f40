// path.win32 on a POSIX machine: drive letters, UNC shares, device
// namespaces and reserved device names, both separators.
const path = require('path');
const { win32 } = path;
const show = (name, args, fn) => {
  for (const input of args) {
    let out;
    try { out = JSON.stringify(fn(...[].concat(input))); } catch (e) { out = `${e.name} ${e.code}`; }
    console.log(`${name}(${JSON.stringify(input).slice(1, -1)}) = ${out}`);
  }
};
show('normalize', ['', '.', '/', '\\', 'C:', 'C:\\', 'c:/..\\x', 'C:..\\..\\abc', './fixtures///b/../b/c.js', '\\\\server\\share', '//server/share/',
  '\\\\server\\share\\dir\\..\\..\\x', '\\\\.\\PHYSICALDRIVE0\\a\\..', '\\\\?\\C:\\a\\..\\b', '\\\\?\\COM1:\\x', 'CON:\\a', 'aux:', 'c:foo:bar', 'bar\\foo..\\..\\',
  'foo:bar', 'foo:\\bar', 'a:b:c', '..\\..\\x', '///a//b', 'C:////temp\\\\/\\/\\/foo/bar', '\\\\?\\', 'file:stream', 'CONx', 'COM\xb9:x'], win32.normalize);
show('join', [[], ['', ''], ['//server', 'share'], ['\\\\server', 'share'], ['//', 'a'], ['/', '//foo'], ['c:', 'file'], ['c:/', 'a', '..', 'b'],
  ['a', 'CON:', 'b'], ['\\\\\\a', 'b'], ['//server/share', '..', 'x'], ['', '//x'], ['a\\', '\\b'], ['.', 'foo:bar']], win32.join);
show('resolve', [['c:/blah\\blah', 'd:/games', 'c:../a'], ['c:/ignore', 'd:\\a/b\\c/d', '\\e.exe'], ['c:/ignore', 'c:/some/file'],
  ['d:/ignore', 'd:some/dir//'], ['//server/share', '..', 'relative\\'], ['c:/', '//'], ['c:/', '//dir'], ['c:/', '//server/share'],
  ['c:/', '//server//share'], ['c:/', '///some//dir'], ['C:\\foo\\tmp.3\\', '..\\tmp.3\\cycles\\root.js'], ['\\\\.\\PHYSICALDRIVE0', 'x'],
  ['\\\\?\\c:', 'x']], win32.resolve);
show('relative', [['c:/blah\\blah', 'd:/games'], ['c:/aaaa/bbbb', 'c:/aaaa'], ['c:/aaaa/bbbb', 'c:/cccc'], ['c:/aaaa/', 'c:/aaaa/cccc'],
  ['c:/', 'c:\\aaaa\\bbbb'], ['c:/aaaa/bbbb', 'd:\\'], ['c:/AaAa/bbbb', 'c:/aaaa/bbbb'], ['c:/aaaaa/', 'c:/aaaa/cccc'], ['C:\\foo\\bar\\baz\\quux', 'C:\\'],
  ['C:\\foo\\test', 'C:\\foo\\test\\bar\\package.json'], ['\\\\foo\\bar', '\\\\foo\\bar\\baz'], ['\\\\foo\\bar\\baz', '\\\\foo\\bar'],
  ['\\\\foo\\baz', '\\\\foo\\baz-quux'], ['C:\\baz', '\\\\foo\\bar\\baz'], ['\\\\foo\\baz', 'C:\\baz'], ['C:\\İ\\a', 'C:\\i̇\\b'], ['C:\\ß', 'C:\\SS']], win32.relative);
show('dirname', ['c:\\', 'c:\\foo', 'c:\\foo\\', 'c:\\foo\\bar\\baz', 'c:', 'c:foo', 'c:foo\\bar', '\\', '\\foo\\bar', 'foo', 'foo\\bar', '//a',
  '\\\\unc\\share', '\\\\unc\\share\\foo', '\\\\unc\\share\\foo\\bar', '/a/b/', 'a'], win32.dirname);
show('basename', ['\\dir\\basename.ext', '\\basename.ext', 'basename.ext\\\\', 'foo', 'C:', 'C:.', 'C:\\', 'C:\\dir\\base.ext', 'C:basename.ext',
  'C:foo', 'file:stream', [['aaa\\bbb', 'bbb']], [['C:\\foo\\bar.js', '.js']], [['a\\b.js\\', '.js']], [['bbb', 'bbb']]].map((x) => (Array.isArray(x) ? x[0] : x)), win32.basename);
show('extname', ['file.js', '.file', 'C:.file', 'C:file.', 'C:\\.ext', 'file\\.js', 'a.b.c\\', '..', '\\..', 'file:stream.x'], win32.extname);
show('parse', ['C:\\path\\dir\\index.html', 'C:\\another_path\\DIR\\1\\2\\33\\\\index', 'another_path\\DIR with spaces\\1\\2\\33\\index',
  '\\', '\\foo\\C:', 'file', 'file:stream', '.\\file', 'C:', 'C:.', 'C:..', 'C:abc', 'C:\\', 'C:\\abc', '', '\\\\server\\share\\file_path',
  '\\\\server two\\shared folder\\file path.zip', '\\\\teela\\admin$\\system32', '\\\\?\\UNC\\server\\share', '//a'], win32.parse);
show('format', [{ root: 'C:\\', base: 'file.txt' }, { dir: 'C:\\dir', name: 'x', ext: 'js' }, { name: 'x', ext: '.js' }, { root: '\\\\server\\share\\' }], win32.format);
show('isAbsolute', ['//server', '\\\\server', 'C:/Users/', 'C:\\Users\\', 'C:cwd/another', 'C:', 'C', 'directory/directory', '/', '\\', 'c:x'], win32.isAbsolute);
show('toNamespacedPath', ['C:\\foo', 'C:/foo', '\\\\foo\\bar', '//foo//bar', '\\\\?\\foo', '\\\\?\\c:\\Windows/System', '\\\\.\\pipe\\x', ''], win32.toNamespacedPath);
console.log(win32.toNamespacedPath(null), win32.toNamespacedPath(5), path.posix.toNamespacedPath('/a'), win32._makeLong === win32.toNamespacedPath);
console.log(win32.sep, win32.delimiter, win32.win32 === win32, win32.posix === path.posix, path.posix.win32 === win32, path === path.posix);
console.log(require('path/posix') === path.posix, require('node:path/win32') === win32);
for (const bad of [null, 1, {}]) show('bad', [[bad]], win32.join);
show('badRelative', [['a', null]], win32.relative);
