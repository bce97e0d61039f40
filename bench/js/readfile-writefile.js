// readFile then writeFile of the same 64 MiB file (BENCH_INPUT), 4 times.
const fs = require('fs');
const input = process.env.BENCH_INPUT;
let left = 4;
(function round() {
  fs.readFile(input, (err, data) => {
    if (err) throw err;
    fs.writeFile(`${input}.out`, data, (err) => {
      if (err) throw err;
      if (--left > 0) round();
      else fs.unlinkSync(`${input}.out`);
    });
  });
})();
