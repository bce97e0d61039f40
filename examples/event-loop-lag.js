// The guide's event-loop-lag monitor: a timer measures how late it fires;
// a blocking task makes the lag visible.
const INTERVAL = 10;
let last = performance.now();
const lags = [];

const monitor = setInterval(() => {
  const now = performance.now();
  lags.push(now - last - INTERVAL);
  last = now;
}, INTERVAL);

setTimeout(() => {
  // Block the loop for 50 ms: the next tick of the monitor is late.
  const end = Date.now() + 50;
  while (Date.now() < end);
}, 35);

setTimeout(() => {
  clearInterval(monitor);
  const worst = Math.max(...lags);
  console.log(`samples: ${lags.length >= 5 ? 'enough' : 'too few'}`);
  console.log(`blocking showed up as lag: ${worst >= 30 ? 'yes' : 'no'}`);
}, 150);
