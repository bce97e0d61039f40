// Buffer work on 16 MiB: concat of 16 x 1 MiB, toString('base64') and
// ('hex'), Buffer.byteLength of a 16 MiB string, Buffer.from(base64); x5.
const parts = [];
for (let i = 0; i < 16; i++) parts.push(Buffer.alloc(1 << 20, i));
let check = 0;
for (let round = 0; round < 5; round++) {
  const whole = Buffer.concat(parts);
  const base64 = whole.toString('base64');
  const hex = whole.toString('hex');
  check += Buffer.byteLength(base64) + Buffer.byteLength(hex, 'hex') + Buffer.from(base64, 'base64').length;
}
if (!(check > 0)) throw new Error("no work done");
