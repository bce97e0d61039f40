// querystring.parse: separators of any length, repeated keys, '+' and
// percent-decoding (with the byte-wise fallback), maxKeys, custom
// decoders and the null-prototype result.
const qs = require('querystring');
const util = require('util');

function show(label, fn) {
  try {
    console.log(label, util.inspect(fn(), { depth: 4, breakLength: Infinity }));
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
}

const inputs = [
  '', 'a', 'a=', '=', '==', '=a', 'a=b', 'a=b=c', 'a==b', 'a=1&b=2', 'a=1&a=2', 'a=1&a=2&a=3', 'a&&b', '&', '&&',
  '&=&', '&a', 'a&', '&a&', 'a=1&&&b=2', 'a+b=c+d', '+', '++=++', 'a%20b=c%20d', 'a%2Bb=c%2bd', '%41=%42',
  '%zz=%', '%=%%', '%4=%4g', 'a=%E0%A4%A', '%E0%A4%A=x', 'a=%zz€', 'a=%41%zz€', 'k=%F0%9F%98%80', 'k=%C3%A9%C3',
  'k=%u00e9', 'k=\u00e9&\u00e9=k', '\uD83D\uDE00=\uD800', 'a=%00', 'a[]=1&a[]=2', 'a.b=c', '__proto__=1',
  'toString=x&valueOf=y&hasOwnProperty=z', 'constructor=1&constructor=2', 'a=1;b=2', 'a=1&b=2#hash', '?a=1',
  'a=%2526', 'a=b%26c%3Dd', 'a= b ', ' a = b ', 'a\tb=c\nd', '%%%', 'x=%7', 'x=%7G%7g%7f',
  'a=1&A=2', 'a=1&a=&a', 'foo=bar&foo=baz&foo', 'foo=%zx&bar=%xz', 'a=1&b=&c', 'x=y&x=%20&x=+',
];
for (const input of inputs) show(JSON.stringify(input), () => qs.parse(input));

const seps = [
  ['a:1;b:2', ';', ':'], ['a:1;b:2', 0, 0], ['a=1&b=2', '', ''], ['a=1&b=2', null, undefined],
  ['xaab', 'ab'], ['a', 'aa'], ['a=b', '=', '='], ['a;b', ';;'], ['a=b&&&', '&&'], ['a=b&&c=d', '&&'],
  ['a==b==c&&d==e', '&&', '=='], ['a=b', null, '=='], ['a==b', null, '=='], ['a=b==c', null, '=='],
  ['a&b&&c&&&d', '&&'], ['a->b|c->d', '|', '->'], ['a-->b', null, '->'], ['k1:v1, k2:v2', ', ', ':'],
  ['a=1', {}, []], ['a=1', [], {}], ['a1b2c', 1, 2], ['a=1&b=2', '&', '&'], ['a+b:c+d', '+', ':'],
  ['a:b+c:d', '+', ':'], ['a%3Db=c', '&', '%3D'], ['one two three', ' '], ['a=b&c', '&', ''],
  // Characters of a partial separator match are taken as they are.
  ['/#&+.`a[', '+{'], ['a+b+{c', '+{'], ['&-%E0%41file:\u0141', '%z'], ['%41x\u0141', '%E'], ['a+b=c', null, '+='],
  ['a%4=1\u0141', null, '=='], ['%4&1\u0141=x', '&&'], ['a=%4+1\u0141'], ['a%41%42=x%zz\u0141'], ['a%41=x%zz\u0141'],
  ['a=b&+', '&', ''],
];
for (const [input, sep, eq] of seps) show(`${JSON.stringify(input)} sep=${util.inspect(sep)} eq=${util.inspect(eq)}`, () => qs.parse(input, sep, eq));

const many = Array.from({ length: 1200 }, (_, i) => `k${i}=${i}`).join('&');
for (const maxKeys of [undefined, 0, 1, 2, 3, -1, 1.5, NaN, Infinity, '2', null, 1000, 1001]) {
  show(`maxKeys=${util.inspect(maxKeys)}`, () => {
    const small = qs.parse('a=1&b=2&&c=3&d=4', null, null, { maxKeys });
    const big = Object.keys(qs.parse(many, null, null, { maxKeys })).length;
    return [small, big];
  });
}
show('maxKeys without options', () => Object.keys(qs.parse(many)).length);

const decoders = {
  upper: (s) => s.toUpperCase(),
  brackets: (s) => `[${s}]`,
  throwing: () => { throw new Error('no'); },
  number: (s) => s.length,
  array: (s) => [s],
  native: decodeURIComponent,
  unescape: unescape,
};
for (const [name, decodeURIComponent] of Object.entries(decoders)) {
  for (const input of ['a=b', 'a=b&=&c', 'a+b=%41%zz', 'a=b+c', '+=+', 'x=%E0%A4%A', 'x=1&x=2&x=3', '%C3%A9=%E9']) {
    show(`decoder ${name} ${JSON.stringify(input)}`, () => qs.parse(input, null, null, { decodeURIComponent }));
  }
}
show('decoder not a function', () => qs.parse('a=%41', null, null, { decodeURIComponent: 'x' }));

for (const value of [undefined, null, 0, 1, true, {}, [], ['a=1'], new String('a=1'), () => 'a=1']) {
  show(`non-string ${util.inspect(value)}`, () => qs.parse(value));
}

// The result has no prototype; a key like __proto__ is an own property.
const result = qs.parse('__proto__=x&a=1');
console.log(Object.getPrototypeOf(result), Object.keys(result), result.__proto__, typeof result.hasOwnProperty);

// querystring.unescape replaced: parse decodes everything with it, and a
// throwing decoder falls back to it.
const original = qs.unescape;
qs.unescape = (s) => s.replace(/o/g, '_');
show('patched unescape', () => qs.parse('foo=bor&x'));
show('patched fallback', () => qs.parse('foo=bor', null, null, { decodeURIComponent: () => { throw new Error('x'); } }));
qs.unescape = original;
show('restored unescape', () => qs.parse('foo=b%6Fr'));
console.log(qs.decode === qs.parse, qs.parse.name, qs.parse.length);
