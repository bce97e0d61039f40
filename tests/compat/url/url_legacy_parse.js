// url.parse (the legacy parser): protocols, slashes, auth, hosts (IPv6,
// IDNA, case, length), ports, paths, search and query, hash, trimming and
// backslashes, auto-escaping, slashesDenoteHost, and the errors Node 26
// throws for bad input and bad hosts.
const url = require('url');
const util = require('util');

function describe(value) {
  if (!(value instanceof url.Url)) return util.inspect(value);
  const parts = {};
  for (const key of Object.keys(value)) parts[key] = value[key];
  if (parts.query !== null && typeof parts.query === 'object') parts.query = util.inspect(parts.query, { breakLength: Infinity });
  return JSON.stringify(parts);
}

function show(label, fn) {
  try {
    console.log(label, describe(fn()));
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message, e.input === undefined ? '' : JSON.stringify(e.input));
  }
}

const inputs = [
  'http://example.com', 'http://example.com/', 'HTTP://EXAMPLE.COM/PATH?Q=1#H', 'http://user:pass@host.com:8080/p/a/t/h?query=string#hash',
  'https://a.b.c/d/e/f.html?x=1&y=2&x=3', 'http://a.com:80', 'http://a.com:/', 'http://a.com:/x', 'http://:80/', 'http://@/',
  'http://a@b@c/', 'http://a@b?@c', 'http://a:b@c:d@e/', 'http://a%40b:c%3Ad@h/', 'http://%E2%98%83@h/', 'http://user@/p',
  'http://a b@c/', 'http://a@b c/', 'http://a.com/a b', 'http://a.com/a\tb\nc\rd', 'http://a.com/"\'<>\\^`{|}', 'http://a.com/?"<>`{}',
  'http://a.com/#"<> {}', 'http://a.com?x#y', 'http://a.com#y?x', 'http://a.com/?', 'http://a.com/#', 'http://a.com/??x##y',
  'http://a.com;x', 'http://a.com%2F/', "http://a.com'x/", 'http://a.com\\b\\c?d\\e#f\\g', '\\\\server\\share\\f',
  'http:\\\\a.com\\x', '  http://a.com/  ', '\t\n http://a.com/x \u00a0\ufeff', '\u00a0', '   ', '', 'http://a.com/ x ',
  'http://[::1]/', 'http://[::1]:8080/x', 'http://[FE80::1%25eth0]/', 'http://[::1]', 'http://[::1]?q', 'http://[::1]#h',
  'http://[2001:db8::7]:80/c=GB?objectClass?one', 'http://user:pw@[::1]:3000/p', 'http://[a:b]x/', 'http://[::1]:80x/',
  'http://[a/', 'http://[::1/', 'http://a[b]/', 'http://a]b/', 'http://[127.0.0.1\u0000c8763]:8000/', 'http://a\u0000b/',
  'http://a.com:80x/', 'http://a.com:x', 'http://a:b:c/', 'http://a.com::80/', 'http://a.com:80:90/', 'http://a.com:8 0/',
  'http://a.com:-1/', 'http://a.com:65536/', 'http://a.com:01/', 'http://a.com:\uff11/', 'https://evil.com:.example.com',
  'git+ssh://git@github.com:npm/npm', 'git+ssh://git@github.com/npm/npm.git', 'x://a:b/', 'http://a:%41/',
  'http://xn--/', 'http://xn--zz/', 'http://XN--IDA.com/', 'http://bücher.de/', 'http://BÜCHER.de/', 'http://ü.1/',
  'http://\u2603.com/', 'http://ß.de/', 'http://\uff11.com/', 'http://a\u00adb/', 'http://\u00ad/bad.com/', 'http://fail\u2100fail.com/',
  'http://fail\uff20fail.com/', 'http://a\u3002b\uff0ec/', 'http://0x7f.1/', 'http://999.1.1.1/', 'http://127.0.0.1:3000/',
  'http://a..b/', 'http://.a/', 'http://a.com./', 'http://a_b!$&*.com/', 'http://a\u0001b/', 'http://a+b(c)=d,e/',
  `http://${'a'.repeat(255)}/`, `http://${'a'.repeat(256)}/`, `http://${'a'.repeat(256)}:81/x`,
  'mailto:user@example.com', 'mailto:x:y@z', 'mailto:a@b?subject=hi', 'MAILTO:A@B', 'news:comp.lang', 'urn:isbn:123',
  'tel:+1-555', 'data:text/plain,hi there', 'javascript:alert(1)', 'javascript://x/y', 'JavaScript:Foo(" bar ")',
  'javascript:a b<c>', 'file:///etc/passwd', 'file://localhost/etc/x', 'file:/x/y', 'file:x', 'FILE://HOST/X', 'file://',
  'file:///C:/a b', 'ftp://ftp.x.org/pub', 'gopher://g/1', 'ws://w:1/s', 'wss://w/s?x', 'HTTP:a.com/x', 'http:a.com/x',
  'http:/a.com/x', 'http:///a.com/x', 'http:////a', 'foo:bar', 'foo://bar', 'foo:/bar', 'foo:///bar', 'a+b.c-d:x',
  '1a:x', 'x:', ':x', 'coap://[1080:0:0:0:8:800:200C:417A]:61616/', 'svn+ssh://foo/bar',
  '/', '//', '///', '//x', '//x/y', '///x', '/a/b?c=d', '/a/b?c=d#e', '/a b', '/a?b c', '//user@host/p', '//a@b',
  '//host:80/p?q', 'a/b/c', 'a?b', '?a=1', '#h', '?', '.', '..', '../a', 'a@b', 'a#b@c', 'x?y@z', 'a/b@c/d',
  'www.example.com', 'www.example.com/path', 'localhost:3000', 'localhost:3000/x', 'user@host', 'example.com:x/y',
  '/?q=%20+&r', '/p?a=1&a=2&b', 'http://a.com/?a[]=1&a[]=2&b=%E2%82%AC', 'http://a.com/p?x=y#frag?z=w',
  'http://a.com/%zz%41', 'http://a.com/\u00e9\u20ac', 'http://a.com/\uD83D\uDE00?\u00e9#\u00e9', 'http://x.com/path?that\'s#all, folks',
  'http://ex.com/x\u0001y', 'http://a.com/\u007f', 'http://a.com:8080\\x', 'http://a.com?x\\y', 'http://a.com#x\\y',
  // Tabs and newlines before the end of the host are dropped.
  'x:;B\tfile::', 'x:a\tb', 'x:a b\tc', 'http://a\tb@c\td/e\tf', 'http://h:8\t0/', 'http://[::1\t]/', 'HTTPS:h\tb/c\td',
  'x:a\t?b\tc', 'http://a\r\n.com/x', 'mailto:a\nb', 'http://\ud800.com/', 'http://a\udc00b/', 'http://\ud83d\ude00.com/',
];
for (const input of inputs) {
  show(JSON.stringify(input), () => url.parse(input));
  show('  +query', () => url.parse(input, true));
  show('  +slashes', () => url.parse(input, false, true));
}

for (const value of [undefined, null, true, false, 0, 1, [], {}, () => {}, Symbol('foo'), new String('http://a')]) {
  show(`bad input ${util.inspect(value)}`, () => url.parse(value));
}
try {
  url.parse('http://%E0%A4%A@fail');
} catch (e) {
  // decodeURIComponent's own error (its message is the engine's).
  console.log('auth URIError', e instanceof URIError, e.code);
}
try {
  url.parse('http://a.com:x/');
} catch (e) {
  console.log(e instanceof TypeError, Object.keys(e), String(e));
}
try {
  url.parse('http://a[b]/');
} catch (e) {
  console.log(e instanceof TypeError, Object.keys(e), String(e));
}

// A Url is returned as it is; parse() on an existing Url fills it in.
const existing = url.parse('http://a.com/x');
console.log(url.parse(existing) === existing);
const fresh = new url.Url();
console.log(describe(fresh), fresh.parse('http://b.com/y?z#w') === fresh, describe(fresh));
console.log(describe(url.parse('/path?a=1&a=2', true)), Object.getPrototypeOf(url.parse('/p?x', true).query));

const keys = [];
for (const key in new url.Url()) keys.push(key);
console.log(keys.join(','));
console.log(Object.getOwnPropertyNames(url.Url.prototype).join(','), url.Url.name, url.Url.length);
console.log([url.parse, url.format, url.resolve, url.resolveObject].map((f) => `${f.name}/${f.length}`).join(' '));
console.log(util.inspect(url.parse('http://u:p@h:1/p?q=1#f', true)));
