// Small Buffers come from a shared pool of Buffer.poolSize bytes, 8-byte
// aligned; big ones, allocUnsafeSlow and alloc get their own memory.
const sizes = [1, 7, 100];
const small = sizes.map((n) => Buffer.allocUnsafe(n));
console.log(Buffer.poolSize, small.every((b) => b.buffer === small[0].buffer), small.map((b) => b.byteOffset % 8));
console.log(small[1].byteOffset - small[0].byteOffset, small[2].byteOffset - small[1].byteOffset);
const fromString = Buffer.from('pooled');
const fromArray = Buffer.from([1, 2, 3]);
console.log(fromString.buffer === fromArray.buffer, fromString.buffer.byteLength > 1000, fromArray.byteOffset - fromString.byteOffset);
console.log(Buffer.allocUnsafe(Buffer.poolSize / 2).byteOffset, Buffer.allocUnsafeSlow(5).buffer.byteLength, Buffer.alloc(5).buffer.byteLength,
  Buffer.from('x'.repeat(40000)).buffer.byteLength, Buffer.concat([Buffer.from('ab'), Buffer.from('cd')]).buffer === small[0].buffer);
const poolSize = Buffer.poolSize;
Buffer.poolSize = 0;
console.log(Buffer.allocUnsafe(1).buffer.byteLength, Buffer.from('ab').buffer.byteLength);
Buffer.poolSize = poolSize;
console.log(Buffer.from({ length: -5 }), Buffer.from({ length: 2.7, 0: 1, 1: 2 }), Buffer.concat([Buffer.from('abc')], 5), Buffer.allocUnsafe(0).byteOffset);
