// url.resolve and url.resolveObject: RFC 3986 reference resolution as the
// legacy API does it, protocol changes, protocol-relative references,
// non-slashed protocols (mailto:, javascript:), dot segments and errors.
const url = require('url');
const util = require('util');

function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
}

const rfcBase = 'http://a/b/c/d;p?q';
const rfcRefs = [
  'g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', 'g;x?y#s', '', '.', './', '..', '../',
  '../g', '../..', '../../', '../../g', '../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g',
  './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g?y/../x', 'g#s/./x', 'g#s/../x', 'http:g', 'http:',
];
for (const ref of rfcRefs) show(`${rfcBase} + ${JSON.stringify(ref)}`, () => url.resolve(rfcBase, ref));

const pairs = [
  ['/foo/bar/baz', 'quux'], ['/foo/bar/baz', '../quux/baz'], ['/foo/bar/baz', '/bar'], ['/foo/bar/baz/', '../../../../../../../../quux/baz'],
  ['/foo/bar/baz/', '../../../../../../../quux/baz'], ['/foo', '.'], ['/foo', '..'], ['/foo/', '.'], ['/foo/', '..'], ['/foo/bar', '.'],
  ['/foo/bar', '..'], ['/foo/bar/', '.'], ['/foo/bar/', '..'], ['foo/bar', '../../../baz'], ['foo/bar/', '../../../baz'],
  ['http://example.com/b//c//d;p?q#blarg', 'https:#hash2'], ['http://example.com/b//c//d;p?q#blarg', 'https:/p/a/t/h?s#hash2'],
  ['http://example.com/b//c//d;p?q#blarg', 'https://u:p@h.com/p/a/t/h?s#hash2'], ['http://example.com/b//c//d;p?q#blarg', 'https:/a/b/c/d'],
  ['http://example.com/b//c//d;p?q#blarg', 'http:#hash2'], ['http://example.com/b//c//d;p?q#blarg', 'http:/p/a/t/h?s#hash2'],
  ['http://example.com/b//c//d;p?q#blarg', 'http://u:p@h.com/p/a/t/h?s#hash2'], ['http://example.com/b//c//d;p?q#blarg', 'http:/a/b/c/d'],
  ['/foo/bar/baz', '/../etc/passwd'], ['http://localhost', 'file:///Users/foo'], ['http://localhost', 'file://foo/Users'],
  ['https://registry.npmjs.org', '@foo/bar'], ['http://a/b', 'mailto:x@y'], ['mailto:local1@domain1', 'local2@domain2'],
  ['mailto:local1@domain1', '?subject=hi'], ['mailto:a@b', '#x'], ['javascript:alert(1)', 'x'], ['http://a.com/b', '//c.com/d'],
  ['http://a.com/b', '//c.com'], ['https://a.com/b', '//u@c.com:8/d?e#f'], ['http://a.com', 'b'], ['http://a.com', '?x'],
  ['http://a.com', '#x'], ['http://a.com/', ''], ['http://a.com/x#y', ''], ['http://u:p@a.com/x', 'y'], ['http://u:p@a.com/x', '/y'],
  ['http://u:p@a.com/x', '//b.com/y'], ['http://u:p@a.com/x', 'http://b.com/y'], ['http://a.com/x', 'ftp:y/z'], ['http://a.com/x', 'ftp:'],
  ['http://a.com/x', 'ws:'], ['file:///a/b', 'c'], ['file:///a/b', '../../../c'], ['file:///a/b', 'file:c'], ['file://h/a/b', '/c'],
  ['news:a/b', 'c'], ['news:a/b', '../c'], ['news:a/b', '../../c'], ['news:a', 'b'], ['foo:a/b', 'bar:c'], ['foo:a', 'foo:b'],
  ['foo://a/b', 'foo:c'], ['foo:/a/b/', '../c'], ['http://a.com/b/c', 'HTTP://D.COM/E'], ['HTTP://A.com/b', 'c'],
  ['http://a.com/b/c/', './'], ['http://a.com/b/c/', '.'], ['http://a.com/b/c', '..'], ['http://a.com/b/c', '../..'], ['http://a.com/b/c', '../../..'],
  ['http://a.com/b/c', '/.'], ['http://a.com/b/c', '/..'], ['http://a.com/b/c', './d/../e/./f'], ['http://a.com/%20/', 'x y'],
  ['http://a.com/b', 'c d?e f#g h'], ['http://a.com/b', '\\c\\d'], ['http://a.com/b', '//c\\d'], ['http://[::1]:8/a', 'b'],
  ['http://[::1]:8/a', '//[::2]/b'], ['', 'http://a.com'], ['', ''], ['/', ''], ['.', '..'], ['a', 'b'], ['a/', 'b'],
  ['?x', 'y'], ['#x', 'y'], ['//a', 'b'], ['//a/b', '../c'], ['http://a/b?c', '?'], ['http://a/b?c', '#'], ['http://a/b', 'c?d'],
];
for (const [from, to] of pairs) show(`${JSON.stringify(from)} + ${JSON.stringify(to)}`, () => url.resolve(from, to));

function describe(value) {
  if (!(value instanceof url.Url)) return util.inspect(value);
  const parts = {};
  for (const key of Object.keys(value)) parts[key] = value[key];
  return JSON.stringify(parts);
}
for (const [from, to] of pairs.slice(0, 40).concat(rfcRefs.slice(0, 20).map((ref) => [rfcBase, ref]))) {
  try {
    console.log('object', JSON.stringify(from), JSON.stringify(to), describe(url.resolveObject(from, to)));
  } catch (e) {
    console.log('object', 'throws', e.name, e.code, e.message);
  }
}
const relative = url.parse('b/c', false, true);
console.log(url.resolveObject('', relative) === relative, url.resolveObject(null, 'x'), url.resolveObject(undefined, 5));
console.log(describe(url.parse('http://a/b/c').resolveObject(url.parse('../d?e', true))));
console.log(url.parse('http://a/b/c').resolve('d'), describe(url.parse('mailto:a@b').resolveObject('http:c/d')));
for (const [from, to] of [[1, 'x'], ['http://a/', 1], [null, 'x'], ['http://a/', null], ['http://a:b/', 'c'], ['http://a/', 'http://a:b/']]) {
  show(`bad ${util.inspect(from)} ${util.inspect(to)}`, () => url.resolve(from, to));
}
