process.nextTick(() => {
  console.log('tick A');
  Promise.resolve().then(() => console.log('promise from tick A'));
  process.nextTick(() => console.log('tick from tick A'));
});
Promise.resolve().then(() => {
  console.log('promise B');
  process.nextTick(() => console.log('tick from promise B'));
  Promise.resolve().then(() => console.log('promise from promise B'));
});
process.nextTick(() => console.log('tick C'));
