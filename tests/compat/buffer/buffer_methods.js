// Buffer write/fill/copy/compare and the legacy latin1Slice/hexWrite family:
// argument handling and errors as Node's.
const b = Buffer.alloc(4);
for (const f of [() => b.write(5), () => b.write(5, 'hex'), () => b.write('a', 5), () => b.write('a', 1.5), () => b.write('a', 0, 9), () => b.write('a', 'nope'), () => b.write('a', 0, 1, null), () => b.write('a', null), () => b.utf8Write(5), () => b.hexWrite('zz'), () => b.ucs2Write('ab', 1), () => b.latin1Slice(0, 9), () => b.fill('a', 'nope'), () => b.fill('a', 0, 4, 5), () => b.fill('', 0), () => b.fill('zz', 'hex'), () => b.fill(Buffer.alloc(0)), () => b.fill(1, 5), () => b.fill(1, 1.5)]) {
  try { console.log(f(), [...b]); } catch (e) { console.log(e.name, e.code, e.message); }
  b.fill(0);
}
console.log(b.write('€€', 'utf8'), [...b], b.write('€', 2), [...b], b.write('aé', 1, 'latin1'), b.write('ab', 3, 'ucs2'), b.write('ab', 2, 'ucs2'), [...b]);
console.log(Buffer.from('abc', 5), Buffer.from('abc', null), Buffer.from('abc', ''), Buffer.byteLength('abc', 'nope'), Buffer.byteLength('aé', 'latin1'), Buffer.byteLength('abcd', 'base64'));
try { Buffer.from('abc', 'nope') } catch (e) { console.log(e.message) }
const d = Buffer.from('abcd');
for (const f of [() => d.latin1Slice(), () => d.latin1Slice(1), () => d.latin1Slice(3, 1), () => d.latin1Slice(-1), () => d.hexSlice(1.7, 3.2), () => d.hexSlice('1', '3'), () => d.hexSlice(null, undefined), () => d.utf8Slice(5, 6),
  () => d.latin1Write('xy'), () => d.latin1Write('xy', 3), () => d.latin1Write('xy', 5), () => d.latin1Write('xy', 1, 1), () => d.latin1Write('xy', -1), () => d.latin1Write('xy', 1.5), () => d.latin1Write('xy', 0, 10), () => d.base64Write('////', 0), () => d.utf8Write(5), () => d.asciiWrite('é', 0)]) {
  try { console.log(JSON.stringify(f()), [...b]); } catch (e) { console.log(e.name, e.code, e.message); }
  d.write('abcd');
}
const a = Buffer.from('abc'), t = Buffer.from('abd');
for (const f of [() => a.compare(t, 5), () => a.compare(t, 0, 3, 5), () => a.compare(t, 0, 5), () => a.compare(t, 1.5), () => a.compare(t, 3, 3, 3, 3), () => a.compare(t, 0, 2, 0, 2),
  () => a.copy(t, 1.7), () => a.copy(t, '1'), () => a.copy(t, -1), () => a.copy(t, 0, 4), () => a.copy(t, 0, 0, -1), () => a.copy(t, 0, 1, 2.9), () => a.copy(new Uint16Array(2), 1), () => Buffer.prototype.copy.call(new Uint16Array([0x6261]), t), () => a.copy({}),
  () => a.equals(new Uint16Array(1)), () => Buffer.compare(a, new Uint8Array([97]))]) {
  try { console.log(f(), [...t]); } catch (e) { console.log(e.name, e.code, e.message); }
  t.write('abd');
}
const buffer = require('buffer');
for (const value of [NaN, -1, 'x']) {
  try { buffer.INSPECT_MAX_BYTES = value; } catch (err) { console.log(err.name, err.code, err.message); }
}
buffer.INSPECT_MAX_BYTES = 4;
console.log(Buffer.from('abcdefgh'), buffer.INSPECT_MAX_BYTES);
buffer.INSPECT_MAX_BYTES = 50;
console.log(Object.getOwnPropertyDescriptor(buffer, 'constants'), Object.keys(buffer).filter((key) => key !== 'resolveObjectURL').sort(), 'SlowBuffer' in buffer);
const words = new Uint16Array([1, 2, 3, 4]);
console.log(Buffer.copyBytesFrom(words, 1, 2), Buffer.copyBytesFrom(words), Buffer.copyBytesFrom(words, 9), Buffer.copyBytesFrom(new Float64Array(0)));
for (const bad of [() => Buffer.copyBytesFrom([1]), () => Buffer.copyBytesFrom(words, -1), () => Buffer.copyBytesFrom(words, 0, 1.5)]) {
  try { bad(); } catch (err) { console.log(err.name, err.code, err.message); }
}
console.log(Buffer.stringLength(Buffer.from('h\u00e9\ud83d\ude00')), Buffer.stringLength(new ArrayBuffer(5), 'hex'), Buffer.stringLength(new Uint8Array(5), 'base64'), Buffer.stringLength(new Uint8Array(5), 'base64url'), Buffer.stringLength(new Uint8Array(5), 'ucs2'));
console.log(buffer.isLatin1('\u00ff abc'), buffer.isLatin1('\u0100'), buffer.isUtf8(new ArrayBuffer(1)), buffer.isAscii(new Uint16Array([0x7f7f])));
for (const bad of [() => buffer.isUtf8(new DataView(new ArrayBuffer(1))), () => buffer.isLatin1(5), () => Buffer.stringLength('x'), () => Buffer.stringLength(new Uint8Array(1), 'nope')]) {
  try { bad(); } catch (err) { console.log(err.name, err.code, err.message); }
}
try { new Buffer.of(1); } catch (err) { console.log(err.name); }
const r = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]);
for (const bad of [() => r.readIntBE(undefined, 2), () => r.readUIntLE(0, 'x'), () => r.readIntLE(0, 7), () => r.writeUInt8(300, null), () => r.writeUInt16LE(70000, null),
  () => r.writeIntBE(1, undefined, 3), () => r.readUInt8(), () => r.readFloatBE(), () => r.readBigInt64LE(), () => r.writeDoubleLE(1.5)]) {
  try { console.log(bad()); } catch (err) { console.log(err.name, err.code, err.message); }
}
console.log(Buffer.from('abc').toString(null === 0 ? 1 : undefined), Buffer.from('abc').toLocaleString === Buffer.prototype.toString);
for (const enc of [null, 0, '', {}]) {
  try { Buffer.from('abc').toString(enc); } catch (err) { console.log(err.code, err.message); }
}
