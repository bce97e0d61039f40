// process.stdout and process.stderr as Writable streams.
const { Readable, Writable, pipeline } = require('stream');
console.log('stdout is a Writable:', process.stdout instanceof Writable, process.stdout.writable, process.stdout.fd);
process.stdout.write('plain\n');
process.stdout.write(Buffer.from('bytes\n'));
process.stdout.write('68657820656e636f6465640a', 'hex');
process.stdout.write(new Uint8Array([0xe2, 0x82, 0xac, 10]), () => console.log('write callback'));
console.log('interleaved with console.log');
try { process.stdout.write(5); } catch (e) { console.log(e.code, e.message); }
Readable.from(['piped ', 'into ', 'stdout\n']).pipe(process.stdout);
process.stdout.once('unpipe', () => console.log('unpiped, still writable:', process.stdout.writable));
