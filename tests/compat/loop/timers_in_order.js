const order = [];
for (const ms of [30, 10, 20, 10, 0, 1]) {
  setTimeout(() => order.push(ms), ms);
}
setTimeout(() => console.log(order.join(' ')), 50);
