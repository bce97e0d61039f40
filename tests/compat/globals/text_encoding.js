// TextEncoder and TextDecoder: encodings, BOM, streaming, fatal mode.
const encoder = new TextEncoder();
console.log(encoder.encoding, encoder.encode('héllo 😀'), encoder.encode(), encoder.encode('\ud800'));
const target = new Uint8Array(5);
console.log(encoder.encodeInto('héllo', target), target);
console.log(encoder.encodeInto('😀', new Uint8Array(3)));
const decoder = new TextDecoder();
console.log(decoder.encoding, decoder.fatal, decoder.ignoreBOM);
console.log(decoder.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69])));
console.log(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x68])).length);
console.log(JSON.stringify(decoder.decode(new Uint8Array([0xff, 0x61, 0xc3]))));
try { new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff])); } catch (err) { console.log(err.name, err.code, err.message); }
const streaming = new TextDecoder();
const bytes = encoder.encode('€uro');
console.log(JSON.stringify(streaming.decode(bytes.subarray(0, 2), { stream: true })) + JSON.stringify(streaming.decode(bytes.subarray(2))));
console.log(new TextDecoder('utf-16le').decode(new Uint8Array([0x68, 0x00, 0x69, 0x00])));
console.log(new TextDecoder('latin1').encoding, new TextDecoder('ascii').encoding, new TextDecoder(' UTF8 ').encoding);
console.log(new TextDecoder('latin1').decode(new Uint8Array([0xe9, 0x80])));
try { new TextDecoder('klingon'); } catch (err) { console.log(err.name, err.code, err.message); }
console.log(decoder.decode(new ArrayBuffer(2)).length, decoder.decode(new DataView(encoder.encode('dv').buffer)), decoder.decode());
try { decoder.decode('string'); } catch (err) { console.log(err.name, err.code); }
console.log(Object.prototype.toString.call(encoder), Object.prototype.toString.call(decoder));
