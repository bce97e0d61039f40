// StringDecoder as Node's native decoder behaves: what each write holds back
// (lastNeed, lastTotal), flushing on end(), the legacy text(), plain
// function construction, and its inspected state.
'use strict';
const { StringDecoder } = require('string_decoder');
const show = (label, sd, out) => console.log(label, JSON.stringify(out), sd.lastNeed, sd.lastTotal, sd.lastChar.length);
const cases = [
  ['utf8', [[0xe2], [0x82], [0xac]]],
  ['utf8', [[0xe0, 0x80]]],
  ['utf8', [[0xf0, 0x9f], [0x98, 0x80, 0x41]]],
  ['utf8', [[0xf0, 0x9f, 0x98]]],
  ['utf8', [[0xc3], [0x41]]],
  ['utf8', [[0xed, 0xa0, 0x80]]],
  ['utf8', [[0xf4, 0x90]]],
  ['utf16le', [[0x3d, 0xd8], [0x00, 0xde]]],
  ['utf16le', [[0x3d], [0xd8, 0x00], [0xde]]],
  ['utf16le', [[0x3d, 0xd8]]],
  ['utf16le', [[0x41, 0x00, 0x3d]]],
  ['base64', [[1], [2, 3, 4], [5]]],
  ['base64url', [[0xff, 0xfe], [0xfd, 0xfc]]],
  ['hex', [[0xab], [0xcd]]],
  ['latin1', [[0xe9, 0xff]]],
  ['ascii', [[0xe9, 0x41]]],
];
for (const [enc, chunks] of cases) {
  const sd = new StringDecoder(enc);
  for (const c of chunks) show(`${enc} write`, sd, sd.write(Buffer.from(c)));
  show(`${enc} end`, sd, sd.end());
}
const sd = new StringDecoder('utf8');
sd.write(Buffer.from([0xe2, 0x82]));
console.log([...sd.lastChar], sd.end(Buffer.from([0xac])), sd.end());
console.log(sd.encoding, new StringDecoder().encoding, new StringDecoder('UCS2').encoding, new StringDecoder('binary').encoding);
console.log(sd.text(Buffer.from('abcdef'), 2));
function Sub(enc) { StringDecoder.call(this, enc); }
Object.setPrototypeOf(Sub.prototype, StringDecoder.prototype);
console.log(new Sub('hex').write(Buffer.from('hi')));
try { StringDecoder('utf8'); } catch (e) { console.log(e.name); }
try { new StringDecoder('nope'); } catch (e) { console.log(e.code, e.message); }
try { sd.write(42); } catch (e) { console.log(e.code, e.message); }
try { StringDecoder.prototype.write.call({}, Buffer.from('a')); } catch (e) { console.log(e.code, e.message); }
console.log(Object.keys(sd), Object.keys(StringDecoder.prototype));
console.log(sd.end(new Uint16Array([0x4142])), sd.write(new DataView(new Uint8Array([0x43]).buffer)));
console.log(new StringDecoder('utf16le'), Object.getOwnPropertySymbols(new StringDecoder()).length);
