process.stdout.write('no newline, ');
process.stdout.write('then newline\n', () => console.log('write callback'));
const ok = process.stdout.write(new Uint8Array([104, 105, 10]));
console.log(ok);
try { process.stdout.write(42); } catch (e) { console.log(e.code); }
