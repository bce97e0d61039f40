// The WHATWG URL API: parsing against a base, setters, search params kept
// in step with the URL, inspection, and the file: URL helpers of node:url.
const url = require('url');
const util = require('util');

const u = new URL('../b/./c?x=1&y=two%20words#top', 'https://User:Pw@EXAMPLE.com:8443/a/z');
console.log(u.href);
console.log(u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash);

u.port = '443';
u.hostname = 'bücher.example';
u.pathname = '/with space/ü';
u.hash = 'frag ment';
u.username = '';
u.password = '';
console.log(u.href, u.port === '' ? '(default port dropped)' : u.port);
u.port = 'not a port';
u.protocol = 'ftp';
console.log('refused setters leave', u.href);

const params = u.searchParams;
params.append('z', 'a+b&c=d');
params.set('x', '2');
params.delete('y');
console.log(u.search, [...params], params.size, params.has('x', '2'), params.get('missing'));
u.search = '?b=2&a=1&b=1';
params.sort();
console.log(params.toString(), u.href);

console.log(util.inspect(new URL('http://[::1]:3000/p?q=1')));
console.log(util.inspect(new URLSearchParams({ one: '1', two: ['a', 'b'] })));
console.log(util.inspect(new URLSearchParams([['k', 'v']]).keys()));
console.log(JSON.stringify({ link: new URL('HTTP://h/%7e') }), String(new URL('blob:https://a.b/c').origin));

console.log(URL.canParse('/rel'), URL.canParse('/rel', 'http://base'), URL.parse('::') === null);
console.log(url.domainToASCII('español.com'), url.domainToUnicode('xn--espaol-zwa.com'), JSON.stringify(url.domainToASCII('xn--iñvalid')));
console.log(url.format(new URL('https://a:b@xn--espaol-zwa.com/p?q#h'), { auth: false, fragment: false, unicode: true }));

const file = url.pathToFileURL('/tmp/a dir/100%/#hash?.txt');
console.log(file.href, url.fileURLToPath(file), url.fileURLToPath('file://localhost/etc/hosts'));
console.log(url.pathToFileURL('C:\\Users\\me\\x y.txt', { windows: true }).href);
console.log(url.fileURLToPath('file:///C:/Users/me/x%20y.txt', { windows: true }));
console.log(url.urlToHttpOptions(new URL('https://u:p@[::1]:8080/path?x=1')));

for (const [label, fn] of [
  ['invalid', () => new URL('no scheme')],
  ['invalid base', () => new URL('/p', 'also bad')],
  ['no arguments', () => new URL()],
  ['not file scheme', () => url.fileURLToPath('https://x/y')],
  ['remote host', () => url.fileURLToPath('file://server/share')],
  ['encoded slash', () => url.fileURLToPath('file:///a%2Fb')],
  ['bad type', () => url.fileURLToPath(42)],
  ['path not a string', () => url.pathToFileURL(7)],
  ['bad pair', () => new URLSearchParams([['only one']])],
  ['not iterable', () => new URLSearchParams({ [Symbol.iterator]: 5 })],
  ['missing value', () => new URLSearchParams().append('name')],
  ['href setter', () => { new URL('http://x').href = 'nope'; }],
]) {
  try {
    fn();
    console.log(label, 'did not throw');
  } catch (err) {
    console.log(label, err.name, err.code, err.message, err.input ?? '', err.base ?? '');
  }
}
