// TextDecoder: WHATWG labels, single-byte legacy encodings, UTF-16BE,
// lone surrogates, fatal mode and streaming across chunks.
const show = (label, bytes, options) => {
  try {
    const decoder = new TextDecoder(label, options);
    console.log(JSON.stringify(label), decoder.encoding, JSON.stringify(decoder.decode(new Uint8Array(bytes))));
  } catch (err) {
    console.log(JSON.stringify(label), err.name, err.code, err.message);
  }
};
const high = [0x41, 0x80, 0x8a, 0xa4, 0xc0, 0xdb, 0xfe, 0xff];
for (const label of ['ibm866', 'ISO-8859-2', ' latin2 ', 'iso_8859-5:1988', 'greek', 'hebrew', 'logical', 'koi8-u', 'cp1250', 'windows-1251',
  'x-cp1253', 'windows-874', 'dos-874', 'macintosh', 'x-mac-cyrillic', 'l9', 'iso-8859-16', 'x-user-defined', 'utf-16be', 'unicodefffe',
  'utf-16', 'csunicode', 'replacement', 'iso-2022-kr', 'x-unicode20utf8', '\u00a0utf-8', 'utf-8\u000b', '\futf8\r\n']) {
  show(label, high);
}
show('windows-874', [0xdb], { fatal: true });
show('iso-8859-3', [0xa5], { fatal: true });
show('iso-8859-3', [0xa5]);
show('utf-16le', [0x3d, 0xd8, 0x41, 0x00, 0x00, 0xdc]);
show('utf-16le', [0x3d, 0xd8], { fatal: true });
show('utf-16be', [0xfe, 0xff, 0xd8, 0x3d, 0xde, 0x00, 0x00]);
show('utf-16be', [0x00, 0x41, 0x00], { fatal: true });
show('utf-16le', [0xff, 0xfe, 0x41, 0x00], { ignoreBOM: true });
// A surrogate pair and a UTF-8 character split across chunks.
for (const [label, bytes] of [['utf-16le', [0x3d, 0xd8, 0x00, 0xde, 0x41, 0x00]], ['utf-16be', [0xd8, 0x3d, 0xde, 0x00]], ['utf-8', [0xf0, 0x9f, 0x98, 0x80, 0x41]]]) {
  for (let cut = 0; cut <= bytes.length; cut++) {
    const decoder = new TextDecoder(label);
    const text = decoder.decode(new Uint8Array(bytes.slice(0, cut)), { stream: true }) + decoder.decode(new Uint8Array(bytes.slice(cut)));
    console.log(label, cut, JSON.stringify(text));
  }
}
const fatal = new TextDecoder('utf-8', { fatal: true });
console.log(JSON.stringify(fatal.decode(new Uint8Array([0xe2, 0x82]), { stream: true })));
try { fatal.decode(new Uint8Array([0x41])); } catch (err) { console.log(err.code); }
try { fatal.decode(new Uint8Array([0xe0, 0x80]), { stream: true }); } catch (err) { console.log(err.code); }
console.log(JSON.stringify(fatal.decode(new Uint8Array([0x41]))));
console.log(new TextDecoder('koi8-r'), new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true }));
for (const bad of [5, 'x']) {
  try { new TextDecoder('utf-8', bad); } catch (err) { console.log(err.name, err.code, err.message); }
}
try { TextDecoder.prototype.decode.call({}); } catch (err) { console.log(err.name, err.code, err.message); }
try { Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'encoding').get.call({}); } catch (err) { console.log(err.code); }
console.log(new TextDecoder('ibm866').decode(new Uint16Array([0x8180])), new TextDecoder(null === 1 ? '' : undefined).encoding);
