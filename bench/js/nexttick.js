// 1M process.nextTick callbacks, each scheduling the next.
let left = 1_000_000;
function tick() {
  if (--left > 0) process.nextTick(tick);
}
process.nextTick(tick);
