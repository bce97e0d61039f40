// stream/consumers: a whole stream as text (multibyte chunks split), JSON,
// a Buffer, an ArrayBuffer, a Uint8Array and a Blob.
const c = require('stream/consumers'); const { Readable } = require('stream');
(async () => {
  console.log(await c.text(Readable.from(['a', Buffer.from([0xe2, 0x82]), Buffer.from([0xac]), 'z'])));
  console.log(await c.json(Readable.from(['{"x":', '[1,2]}'])));
  console.log(await c.buffer(Readable.from([Buffer.from('ab'), new Uint8Array([99])])));
  console.log(await c.arrayBuffer(Readable.from(['hi'])));
  console.log(await c.bytes(Readable.from(['hi'])));
  const b = await c.blob(Readable.from(['hi'])); console.log(b.size, await b.text());
  console.log(Object.keys(c));
})();
