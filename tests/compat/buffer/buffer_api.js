const { Buffer, kMaxLength, constants } = require('buffer');
console.log(kMaxLength, constants);
const tries = [
  () => Buffer.alloc(-1), () => Buffer.alloc('1'), () => Buffer.from(5), () => Buffer.from('x', 'nope'),
  () => Buffer.from(new ArrayBuffer(4), 5), () => Buffer.alloc(4).readUInt32LE(1), () => Buffer.alloc(2).readUInt32LE(0),
  () => Buffer.alloc(4).writeUInt8(300), () => Buffer.alloc(8).writeUIntLE(2 ** 50, 0, 6),
  () => Buffer.alloc(8).writeBigInt64LE(2n ** 64n), () => Buffer.alloc(3).swap16(), () => Buffer.concat([1]),
  () => Buffer.byteLength(5), () => Buffer.alloc(3).fill('zz', 'hex'), () => Buffer.alloc(3).toString('bogus'),
  () => Buffer.alloc(4).readInt8(1.5), () => Buffer.alloc(4).readInt8('1'), () => Buffer.alloc(4).readUIntLE(0, 7),
  () => new Blob(1), () => Buffer.from({}), () => Buffer.alloc(2).equals('ab'), () => Buffer.alloc(2).write(5),
];
for (const t of tries) {
  try { console.log(t()); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(Buffer.from('abc').indexOf(''), Buffer.from('abc').indexOf('', 5), Buffer.from('abc').lastIndexOf(''), Buffer.from('abc').lastIndexOf('b', -5));
const b = Buffer.from('hello'); b.foo = 1; console.log(b, [b], { b }, Buffer.alloc(60));
console.log(new Blob(['ab', 'c']), new Blob(['x'], { type: 'Text/Plain' }).type);
for (const enc of ['utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex', 'binary', 'ucs2', 'UTF-8']) {
  const s = 'héllo wörld €😀 \u0000\u00ff';
  const buf = Buffer.from(s, enc);
  console.log(enc, buf, JSON.stringify(buf.toString(enc)), Buffer.byteLength(s, enc), Buffer.isEncoding(enc));
}
console.log(Buffer.from('aGVsbG8gd29ybGQ', 'base64').toString(), Buffer.from('aGV sbG8=\nd29y', 'base64'), Buffer.from('a-_b', 'base64'), Buffer.from('abz1', 'hex'));
const x = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 250, 300, -1]);
console.log(x, x.toJSON(), JSON.stringify(x), x.slice(1, 3), x.subarray(-3), x.readUInt16LE(0), x.readUInt16BE(0), x.readInt32BE(7), x.readUIntBE(1, 3), x.readIntLE(8, 3));
console.log(x.readBigUInt64LE(0), x.readBigInt64BE(2), x.readFloatLE(0), x.readDoubleBE(0));
const w = Buffer.alloc(16);
console.log(w.writeUInt32BE(0xdeadbeef, 0), w.writeInt16LE(-2, 4), w.writeDoubleLE(3.14, 6), w.writeIntBE(-123456, 13, 3), w);
w.writeBigUInt64BE(0x0102030405060708n, 8); console.log(w, w.readBigUInt64BE(8));
w.writeFloatBE(1.5, 0); console.log(w.readFloatBE(0), w.swap16(), w.swap32(), w.swap64());
const s = Buffer.from('this is a buffer of text, is it?');
console.log(s.indexOf('is'), s.indexOf('is', 3), s.lastIndexOf('is'), s.indexOf(Buffer.from('text')), s.includes('zz'), s.indexOf(105), s.lastIndexOf('is', -10), s.indexOf('is', -5));
console.log(Buffer.concat([Buffer.from('ab'), new Uint8Array([99]), Buffer.from('de')]), Buffer.concat([Buffer.from('abc')], 5), Buffer.concat([Buffer.from('abc')], 2));
console.log(Buffer.compare(Buffer.from('a'), Buffer.from('b')), Buffer.from('abc').compare(Buffer.from('abd')), Buffer.from('abc').equals(Buffer.from('abc')), [Buffer.from('b'), Buffer.from('a'), Buffer.from('c')].sort(Buffer.compare));
console.log(Buffer.alloc(10, 'ab'), Buffer.alloc(5, 257), Buffer.alloc(7).fill('é'), Buffer.alloc(6).fill('6162', 'hex'), Buffer.alloc(6).fill(Buffer.from([1, 2, 3, 4]), 1, 5));
const t = Buffer.alloc(8); console.log(t.write('héllo', 1), t, t.write('€€€', 5), t, t.write('abcdef', 2, 3, 'latin1'), t, t.write('zz', 'latin1'), t);
const c = Buffer.from('0123456789'); console.log(c.copy(c, 2, 0, 5), c.toString(), Buffer.from('abc').copy(Buffer.alloc(2)));
console.log(Buffer.from(Buffer.from('xy')), Buffer.from(new Uint16Array([1, 256, 513])), Buffer.from({ length: 3, 0: 9 }), Buffer.from({ type: 'Buffer', data: [7, 8] }), Buffer.from(new String('str')));
const ab = new ArrayBuffer(8); const v = Buffer.from(ab, 2, 4); v[0] = 42; console.log(new Uint8Array(ab), v.byteOffset, v.buffer === ab, v.parent === ab, v.offset);
console.log(Buffer.isBuffer(b), Buffer.isBuffer(new Uint8Array(2)), b instanceof Uint8Array, b.constructor.name, Object.prototype.toString.call(b), typeof Buffer.poolSize);
console.log(b.toString('utf8', 1, 3), b.toString(undefined, -1, 100), b.toString('hex', 3), Buffer.from([0xe2, 0x82]).toString(), Buffer.from([0xff, 0x41]).toString());
console.log(require('util').inspect(Buffer.from('abc'), { showHidden: true }), Buffer.from('x').map((q) => q + 1), new Buffer(3), Buffer(2));
console.log(require('buffer').isUtf8(Buffer.from([0xff])), require('buffer').isAscii(Buffer.from('abc')), Buffer.of(1, 2));
new Blob(['hé', new Uint8Array([33])]).text().then((txt) => console.log(txt, new Blob(['abcdef']).slice(1, -1).size));
new Blob([new Blob(['in', 'ner']), '+', new Uint8Array([33])]).text().then((txt) => console.log('nested blob', txt, 'bytesView' in Blob.prototype));
