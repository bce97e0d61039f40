// querystring.stringify, escape, unescape and unescapeBuffer: value
// conversion, repeated keys, custom encoders, UTF-8 escaping with lone
// surrogates (ERR_INVALID_URI) and the byte-wise decoding fallback.
const qs = require('querystring');
const util = require('util');

function show(label, fn) {
  try {
    console.log(label, util.inspect(fn(), { breakLength: Infinity }));
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message, String(e));
  }
}

const objects = [
  {}, { a: 'b' }, { a: 1, b: 2 }, { a: [1, 2, 3] }, { a: [] }, { a: [], b: 1 }, { a: '' }, { '': '' }, { '': 'x' },
  { a: null, b: undefined, c: {}, d: () => 1, e: Symbol('s') }, { n: 0, m: -0, o: 1.5, p: -2, q: 1e20, r: 1e21, s: -1e21 },
  { inf: Infinity, ninf: -Infinity, nan: NaN, tiny: 1e-7 }, { big: 10n, neg: -5n }, { t: true, f: false },
  { str: new String('x'), num: new Number(1), date: new Date(0) }, { nested: [[1, 2], { a: 1 }, 'x', null] },
  { 'a b': 'c d', 'é': 'ü', '€': '😀' }, { reserved: '!#$&\'()*+,/:;=?@[]', unreserved: "-_.!~*'()" },
  { k: 'a\u0000b\u007f\u0080\u07ff\u0800\uffff' }, { sparse: [1, , 3] }, { '\uD83D\uDE00': '\uD83D\uDE00' },
  ['x', 'y'], Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true }, hidden: { value: 3 } }),
];
for (const obj of objects) show(util.inspect(obj, { breakLength: Infinity }), () => qs.stringify(obj));
for (const value of [undefined, null, 'abc', 1, true, () => 1, Symbol('x')]) show(`non-object ${String(value)}`, () => qs.stringify(value));

const seps = [[';', ':'], ['', ''], [null, null], [0, 0], ['&&', '=='], [1, 2], [' ', '->']];
for (const [sep, eq] of seps) show(`sep=${util.inspect(sep)} eq=${util.inspect(eq)}`, () => qs.stringify({ a: 1, b: [2, 3], c: '' }, sep, eq));

const encoders = {
  angle: (s) => `<${s}>`, number: (s) => s.length, upper: (s) => s.toUpperCase(), native: encodeURIComponent, escape,
};
for (const [name, encodeURIComponent] of Object.entries(encoders)) {
  show(`encoder ${name}`, () => qs.stringify({ a: 'b c', n: null, u: undefined, x: 1e21, big: 2n, t: true, arr: ['é', {}] }, null, null, { encodeURIComponent }));
}
show('encoder not a function', () => qs.stringify({ a: 'b c' }, null, null, { encodeURIComponent: 5 }));
const originalEscape = qs.escape;
qs.escape = (s) => `E${s}`;
show('patched escape', () => qs.stringify({ a: null, b: 'x', c: 1 }));
qs.escape = originalEscape;

show('lone high surrogate', () => qs.stringify({ a: '\uD800' }));
show('lone key surrogate', () => qs.stringify({ '\uDBFF': 1 }));
const escapes = [
  '', 'abc', 'a b', "-_.!~*'()", ' !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~', 'é', 'ü€', '\u0000\u001f\u007f', '\u0080\u07ff',
  '\u0800\ud7ff\ue000\uffff', '\uD83D\uDE00', '\uDBFF\uDFFF', '\uD800\uD800', 'a\uDC00b', '\uDC00\uD800x', '\uD800', 'x\uDFFF',
  'ab\uD83D',
];
for (const s of escapes) show(`escape ${JSON.stringify(s)}`, () => qs.escape(s));
for (const value of [undefined, null, 12, true, 1e21, {}, [], [1, 2], { toString() { return 'x y'; } }, Symbol('s')]) {
  show(`escape ${typeof value}`, () => qs.escape(value));
}

const unescapes = [
  '', 'abc', '%41', '%4', '%', '%%41', '%zz', '%41+%42', 'a+b', '%E0%A4%A', '%E0 \u20ac', '%zz\u0141', '%C3%A9',
  '%F0%9F%98%80', '%ED%A0%80', '%FF', '\u00e9%zz+', '%u0041', '%2B%2b',
];
for (const s of unescapes) {
  show(`unescape ${JSON.stringify(s)}`, () => [qs.unescape(s), qs.unescape(s, true)]);
  show(`unescapeBuffer ${JSON.stringify(s)}`, () => [qs.unescapeBuffer(s), qs.unescapeBuffer(s, true)]);
}
for (const value of [12, null, undefined, ['%41'], ['%41', 'b'], [65, 37, 52, 49], { length: 2, 0: 37 }, Buffer.from('a%41')]) {
  show(`unescape ${util.inspect(value)}`, () => qs.unescape(value));
  show(`unescapeBuffer ${util.inspect(value)}`, () => qs.unescapeBuffer(value, true));
}

// Round trips.
for (const obj of [{ a: 'b c&d=e', f: ['1', '2'] }, { 'é ü': '€ 😀', '+': '%' }]) {
  const text = qs.stringify(obj);
  console.log(text, util.inspect(qs.parse(text)));
}
console.log(Object.keys(qs), qs.encode === qs.stringify);
console.log([qs.parse, qs.stringify, qs.escape, qs.unescape, qs.unescapeBuffer].map((f) => `${f.name}/${f.length}`).join(' '));
try {
  qs.escape('\uD800');
} catch (e) {
  console.log(e instanceof URIError, Object.keys(e), e.name, util.inspect(e).split('\n')[0]);
}
