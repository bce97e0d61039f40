// 200 concurrent fs.readFile calls of one 1 MiB file (BENCH_INPUT), 5 waves.
const fs = require('fs');
const input = process.env.BENCH_INPUT;
let waves = 5;
(function wave() {
  let pending = 200;
  for (let i = 0; i < 200; i++) {
    fs.readFile(input, (err, data) => {
      if (err || data.length !== 1 << 20) throw err || new Error('short read');
      if (--pending === 0 && --waves > 0) wave();
    });
  }
})();
