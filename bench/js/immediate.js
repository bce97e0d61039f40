// 1M setImmediate hops, one after another.
let left = 1_000_000;
function hop() {
  if (--left > 0) setImmediate(hop);
}
setImmediate(hop);
