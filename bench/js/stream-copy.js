// Copies a large file through createReadStream().pipe(createWriteStream()).
// The input is BENCH_INPUT (bench.py makes it); the copy goes next to it.
const fs = require('fs');
const input = process.env.BENCH_INPUT;
fs.createReadStream(input).pipe(fs.createWriteStream(`${input}.copy`)).on('close', () => {
  fs.unlinkSync(`${input}.copy`);
});
