// buffer.transcode between utf8, ucs2, latin1 and ascii, as ICU converts.
const { transcode } = require('buffer');
const cases = [
  [Buffer.from('€uro ü 😀'), 'utf8', 'ucs2'], [Buffer.from('€uro ü 😀'), 'utf8', 'latin1'], [Buffer.from('€uro ü 😀'), 'utf8', 'ascii'],
  [Buffer.from('aü€', 'ucs2'), 'ucs2', 'utf8'], [Buffer.from([0x61, 0xfc, 0x80]), 'latin1', 'utf8'], [Buffer.from([0x61, 0xfc, 0x80]), 'ascii', 'utf8'],
  [Buffer.from([0x61, 0xfc, 0x80]), 'ascii', 'ucs2'], [Buffer.from([0x61, 0xff, 0xc3]), 'utf8', 'ucs2'], [Buffer.from([0x61, 0x00, 0x3d, 0xd8]), 'ucs2', 'utf8'],
  [Buffer.from([0x61, 0x00, 0x62]), 'ucs2', 'utf8'], [Buffer.from('abc'), 'utf8', 'utf8'], [Buffer.from('abc'), 'binary', 'UCS-2'], [Buffer.from('abc'), 'utf8', 'hex'],
  [Buffer.from('abc'), 'base64', 'utf8'], [Buffer.alloc(0), 'utf8', 'nope'], [Buffer.from('ü'), 'latin1', 'latin1'], [Buffer.from('ü😀'), 'utf8', 'utf16le'], [Buffer.from([0xed, 0xa0, 0x80]), 'utf8', 'ucs2'],
  [Buffer.from('ab'), 'ascii', 'ascii'], [Buffer.from([0xfc]), 'ascii', 'latin1'], [Buffer.from([0xfc]), 'latin1', 'ascii'], [Buffer.from('\ud83d', 'ucs2'), 'ucs2', 'latin1'],
];
for (const [b, f, t] of cases) {
  try { console.log(f, t, transcode(b, f, t)); } catch (e) { console.log(f, t, e.name, e.code, e.errno, e.message); }
}
try { transcode('x', 'utf8', 'ucs2'); } catch (e) { console.log(e.code, e.message); }
console.log(transcode(new Uint8Array([97]), 'utf8', 'ucs2'));
const more = [
  [[0x61, 0xff, 0x62], 'utf8', 'latin1'], [[0x61, 0xff, 0x62], 'utf8', 'ascii'], [[0x61, 0xff, 0x62], 'utf8', 'utf8'], [[0x61, 0xe2, 0x82], 'utf8', 'latin1'],
  [[0x61, 0x00, 0x3d, 0xd8], 'ucs2', 'ascii'], [[0x61, 0x00, 0x3d, 0xd8, 0x00, 0xde], 'ucs2', 'latin1'], [[0x61, 0x00, 0x62], 'ucs2', 'ucs2'], [[0x61, 0x00, 0x62], 'ucs2', 'latin1'],
  [[0x80, 0xff], 'latin1', 'ucs2'], [[0x80, 0xff], 'latin1', 'ascii'], [[0x80, 0x41], 'ascii', 'latin1'], [[0x41, 0x80], 'ascii', 'ucs2'], [[0x41, 0x80], 'latin1', 'utf8'],
  [[0xed, 0xa0, 0x80, 0x41], 'utf8', 'latin1'], [[0xf0, 0x9f, 0x98, 0x80], 'utf8', 'latin1'], [[0x3d, 0xd8, 0x00, 0xde], 'ucs2', 'ascii'], [[0x00, 0xdc], 'ucs2', 'ucs2'],
];
for (const [b, f, t] of more) {
  try { console.log(f, t, transcode(Buffer.from(b), f, t)); } catch (e) { console.log(f, t, e.name, e.code, e.errno, e.message); }
}
