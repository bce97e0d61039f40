setImmediate(() => {
  console.log('immediate 1');
  Promise.resolve().then(() => console.log('promise in immediate 1'));
});
setImmediate(() => {
  console.log('immediate 2');
  process.nextTick(() => console.log('tick in immediate 2'));
});
