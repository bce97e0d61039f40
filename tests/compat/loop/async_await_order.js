async function first() {
  console.log('first start');
  await second();
  console.log('first end');
}
async function second() {
  console.log('second');
}
console.log('script start');
setTimeout(() => console.log('setTimeout'), 0);
first();
new Promise((resolve) => {
  console.log('promise executor');
  resolve();
}).then(() => console.log('promise then'));
console.log('script end');
