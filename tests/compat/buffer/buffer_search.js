// Buffer indexOf/lastIndexOf/includes: offsets, the end argument, UTF-16
// searches at even positions only, needles of every kind.
const odd = Buffer.from([0x61, 0x00, 0x62, 0x00, 0x62]);
console.log(odd.indexOf('z', 'ucs2'), odd.indexOf(Buffer.from([0x7a, 0]), 0, 'ucs2'), odd.lastIndexOf('z', 'ucs2'));
const b = Buffer.from('abcdef');
console.log(b.indexOf('', 100), b.indexOf('', -100), b.lastIndexOf('', 100), b.lastIndexOf('', -100), b.indexOf('c', null), b.lastIndexOf('a', null), b.lastIndexOf('c', {}), b.lastIndexOf('c', []), b.indexOf(99, 2 ** 40), b.indexOf('d', -(2 ** 40)), b.lastIndexOf('d', -(2 ** 40)));
console.log(b.indexOf('cd', 0, 3), b.indexOf('cd', 0, 4), b.lastIndexOf('cd', 5, 3), b.indexOf(Buffer.from('ef'), 0, 5), b.indexOf(0x66, 0, 5), b.indexOf('', 4, 2), b.indexOf('', 10, 2));
console.log(b.indexOf('Y2Q=', 'base64'), b.indexOf('6364', 'hex'), b.indexOf('c', 'ascii'), b.indexOf(Buffer.from('c'), 'ucs2'));
try { b.indexOf('c', 0, 'nope'); } catch (e) { console.log(e.code, e.message); }
try { b.indexOf({}); } catch (e) { console.log(e.code, e.message); }
console.log(b.indexOf('c', 0, 10), b.indexOf('c', 0, -1), b.indexOf('c', 0, 2.5), b.indexOf('c', 0, NaN), b.includes('f', 0, 5));
console.log(b.indexOf(0x163), b.indexOf(-157), b.indexOf(99.9), b.lastIndexOf(0x61, -6), b.lastIndexOf(0x61, -7));
const c = Buffer.from('abcdef');
console.log(c.lastIndexOf('a', undefined, 3), c.lastIndexOf('c', undefined, 3), c.indexOf('f', 0, 2 ** 40), c.indexOf('f', 0, Infinity), c.indexOf('a', 0, -Infinity), c.indexOf('a', 0, -0.5), c.indexOf('b', 0, 1.9));
console.log(c.indexOf('d', -3, 5), c.indexOf('d', -1, 5), c.lastIndexOf('b', -5, 5), c.indexOf(0x65, 0, 4), c.lastIndexOf(0x62, 9, 3), c.lastIndexOf(0x62, -1, 3));
const u = Buffer.from('abcabc', 'ucs2');
console.log(u.indexOf('c', 0, 5, 'ucs2'), u.indexOf('c', 0, 6, 'ucs2'), u.lastIndexOf('a', 11, 'ucs2'), u.lastIndexOf('a', 5, 'ucs2'), u.lastIndexOf('a', 7, 'ucs2'), u.indexOf('a', 7, 'ucs2'), u.indexOf('bc', -4, 'ucs2'), u.indexOf('\ud83d', 'ucs2'));
console.log(Buffer.from('a\ud83d\ude00b', 'ucs2').indexOf('\ud83d', 'ucs2'), Buffer.from('a\ud83db').indexOf('\ud83d'), Buffer.from('aé').indexOf('é', 'latin1'), Buffer.from('aé', 'latin1').indexOf('é', 'latin1'), Buffer.from('aé', 'latin1').indexOf('é'));
const wide = Buffer.from('aXbXcX', 'ucs2');
console.log(wide.indexOf('b', 'ucs2'), wide.indexOf(Buffer.from('X\u0000'), 0, 'ucs2'), wide.indexOf('X', 1, 'ucs2'), wide.lastIndexOf('X', 'ucs2'));
const oddWide = Buffer.from([0x61, 0x00, 0x62, 0x00, 0x62]);
console.log(oddWide.indexOf('b', 'ucs2'), oddWide.indexOf(Buffer.from([0x00, 0x62]), 0, 'ucs2'), oddWide.indexOf(Buffer.from([0x00, 0x62])));
