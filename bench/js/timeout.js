// 100k setTimeout(0), all scheduled up front.
let fired = 0;
for (let i = 0; i < 100_000; i++) setTimeout(() => fired++, 0);
setTimeout(() => {
  if (fired !== 100_000) throw new Error(`only ${fired} fired`);
}, 1);
