const { StringDecoder } = require('string_decoder');
const euro = Buffer.from('€😀é');
for (const enc of ['utf8', 'utf16le', 'base64', 'hex', 'latin1']) {
  const d = new StringDecoder(enc);
  const bytes = Buffer.from('a€😀é', enc === 'utf16le' ? 'utf16le' : 'utf8');
  const parts = [];
  for (let i = 0; i < bytes.length; i++) parts.push(d.write(bytes.subarray(i, i + 1)));
  parts.push(d.end());
  console.log(enc, JSON.stringify(parts));
}
const d = new StringDecoder('utf8');
console.log(JSON.stringify([d.write(euro.subarray(0, 2)), d.end()]), JSON.stringify(d.write('str')), d.encoding);
console.log(JSON.stringify(new StringDecoder().end(Buffer.from([0xe2, 0x82, 0x41]))));
try { new StringDecoder('nope'); } catch (e) { console.log(e.code, e.message); }
try { new StringDecoder().write(5); } catch (e) { console.log(e.code, e.message); }
