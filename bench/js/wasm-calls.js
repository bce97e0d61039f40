// Round trip of a wasm-plugin op: JS -> pool -> component -> promise resolved.
const hello = require('plugin:hello');
(async () => {
  for (let i = 0; i < 200; i++) await hello.hello();
  const samples = [];
  for (let i = 0; i < 5000; i++) {
    const start = process.hrtime.bigint();
    await hello.hello();
    samples.push(Number(process.hrtime.bigint() - start));
  }
  samples.sort((a, b) => a - b);
  console.log((samples[samples.length >> 1] / 1000).toFixed(1));
})();
