setImmediate(() => {
  console.log('immediate 1');
  setImmediate(() => console.log('immediate 3 (next iteration)'));
  process.nextTick(() => console.log('tick after immediate 1'));
});
setImmediate(() => console.log('immediate 2'));
setTimeout(() => console.log('timeout'), 20);
