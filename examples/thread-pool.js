// The guide's thread-pool demo: ten file reads go to the kitchen crew (the
// thread pool) at once; the waiter (the event loop) keeps serving a ticking
// interval meanwhile. Try `UV_THREADPOOL_SIZE=1` and `=8` to change the
// crew size; timings go to stderr, the results to stdout.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bistro-pool-'));
const files = [];
for (let i = 0; i < 10; i++) {
  const file = path.join(dir, `order-${i}.txt`);
  fs.writeFileSync(file, `order ${i}\n`.repeat(20000 * (i + 1)));
  files.push(file);
}

console.log(`Reading ${files.length} files in parallel`);
const started = process.hrtime.bigint();
let ticks = 0;
const waiter = setInterval(() => ticks++, 1);

Promise.all(files.map((file, i) => fs.promises.readFile(file).then((data) => {
  console.error(`order ${i} ready after ${Number(process.hrtime.bigint() - started) / 1e6} ms`);
  return data.length;
}))).then((sizes) => {
  clearInterval(waiter);
  sizes.forEach((size, i) => console.log(`order ${i}: ${size} bytes`));
  console.log('Total:', sizes.reduce((a, b) => a + b, 0), 'bytes');
  console.error(`pool size ${process.env.UV_THREADPOOL_SIZE || 4}, the loop ticked ${ticks} times meanwhile`);
  fs.rmSync(dir, { recursive: true });
});
