// url.format: legacy objects (host over hostname and port, search over
// query, slashes, auth escaping, '#' and '?' in the path), strings (parsed
// first), WHATWG URLs with their options, and the argument errors.
const url = require('url');
const util = require('util');

function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
}

const objects = [
  {}, { protocol: 'http' }, { protocol: 'http:' }, { protocol: 'http', host: 'a.com' }, { protocol: 'http', hostname: 'a.com', port: 80 },
  { protocol: 'http', host: 'a.com:1', hostname: 'b.com', port: 2 }, { protocol: 'http', hostname: '::1', port: 80 },
  { protocol: 'http', hostname: '[::1]', port: 80 }, { protocol: 'http', hostname: 'a:b' }, { hostname: 'a.com', pathname: 'x' },
  { host: 'a.com', pathname: 'x' }, { slashes: true, host: 'a.com', pathname: 'x' }, { slashes: true, pathname: 'p' },
  { protocol: 'file', pathname: '/x' }, { protocol: 'file:', pathname: 'x' }, { protocol: 'FILE', pathname: '/x' },
  { protocol: 'fileish', pathname: '/x' }, { protocol: 'mailto', pathname: 'x@y' }, { protocol: 'mailto', auth: 'x', host: 'y' },
  { protocol: 'mailto', slashes: true, host: 'y' }, { protocol: 'javascript', pathname: 'alert(1)' }, { protocol: 'xmpp', host: 'h', pathname: 'p' },
  { protocol: 'http', host: 'h', pathname: '/a?b#c' }, { protocol: 'http', host: 'h', pathname: '?#?#' }, { pathname: '/a#b', search: '?c#d', hash: 'e#f' },
  { protocol: 'http', host: 'h', search: 'q', hash: 'h' }, { protocol: 'http', host: 'h', search: '?q', hash: '#h' },
  { protocol: 'http', host: 'h', query: { a: [1, 2], b: 'c d', e: '' } }, { protocol: 'http', host: 'h', search: '?s', query: { a: 1 } },
  { protocol: 'http', host: 'h', search: '', query: { a: 1 } }, { protocol: 'http', host: 'h', query: 'a=1' }, { protocol: 'http', host: 'h', query: {} },
  { protocol: 'http', host: 'h', query: null }, { protocol: 'http', host: 'h', query: { '#': '?' } },
  { protocol: 'http', auth: 'user:pass', host: 'h' }, { protocol: 'http', auth: 'a b:c@d/e?f#g[]!$&\'()*+,;=~é', host: 'h' },
  { protocol: 'http', auth: 'u', hostname: 'h', port: '8' }, { protocol: 'http', auth: '', host: 'h' }, { auth: 'u', pathname: '/p' },
  { protocol: 'http', auth: '\uD83D\uDE00', host: 'h' }, { protocol: 'http', host: 'h', pathname: '/p', port: 9 },
  { protocol: 'http', hostname: 'h', port: 0 }, { protocol: 'http', hostname: 'h', port: '' }, { protocol: 'https', host: '', pathname: 'p' },
  { protocol: 'ws', hostname: 'w', pathname: 's' }, { protocol: 'x', slashes: false, host: 'h' }, { protocol: 'x', slashes: true, host: '' },
  { href: 'http://ignored/', protocol: 'http', host: 'used' }, { pathname: 5 }, { search: 5 }, { hash: '' }, { search: '?' },
  { protocol: 'http', host: 'h', pathname: '/é €', search: '?é', hash: '#é' },
];
for (const obj of objects) show(util.inspect(obj, { breakLength: Infinity }), () => url.format(obj));

const strings = [
  '', 'http://a.com', 'HTTP://A.COM/X Y', 'http://u:p@h:8/p?q=1#f', '//a/b', 'a b', 'mailto:x@y', 'javascript:x y',
  'http://[::1]:80/p', 'http://bücher.de/', '\\\\a\\b', ' http://a.com/?x#y ', 'file:///a', 'http://a.com/%zz',
];
for (const s of strings) show(`string ${JSON.stringify(s)}`, () => url.format(s));

// A Url from url.parse() formats back to its href.
for (const s of ['http://a.com/x?y=1#z', 'http://u:p@[::1]:3/p', 'mailto:a@b', '/p?q', 'http://a.com/p?a=1&a=2']) {
  const parsed = url.parse(s, true);
  show(`parsed ${s}`, () => [parsed.format(), url.format(parsed)]);
  parsed.search = null;
  parsed.query = { changed: 'yes' };
  show(`  query changed`, () => url.format(parsed));
}

for (const value of [undefined, null, true, false, 0, 1, () => {}, Symbol('foo')]) show(`bad ${util.inspect(value)}`, () => url.format(value));

const whatwg = new URL('http://user:pass@xn--lck1c3crb1723bpq4a.com:8080/a?a=b#c');
const optionsList = [
  undefined, null, 0, '', false, {}, { fragment: false }, { fragment: '' }, { fragment: 0 }, { fragment: null }, { fragment: 1 },
  { search: false }, { search: undefined }, { auth: false }, { auth: {} }, { unicode: true }, { unicode: 1 }, { unicode: null },
  { fragment: false, search: false, auth: false, unicode: true }, true, 1, 'test', Infinity, [], [1], () => {},
];
for (const options of optionsList) show(`URL ${util.inspect(options)}`, () => url.format(whatwg, options));
for (const href of ['http://a.com', 'tel:123', 'file:///x/y', 'https://測試.com/p', 'http://[::1]:3/', 'blob:http://a/b', 'data:,x']) {
  show(`URL ${href}`, () => [url.format(new URL(href)), url.format(new URL(href), { unicode: true, fragment: false })]);
}
class MyURL extends URL {}
show('URL subclass', () => url.format(new MyURL('http://a/b#c'), { fragment: false }));
show('URL-like object', () => url.format({ href: 'http://a/#x', protocol: 'http:', hostname: 'z' }, { fragment: false }));
