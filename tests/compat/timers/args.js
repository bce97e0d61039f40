setTimeout((a, b) => console.log('timeout args', a, b), 1, 'x', 2);
setImmediate((a) => console.log('immediate arg', a), 'y');
const i = setInterval((c) => { console.log('interval arg', c); clearInterval(i); }, 1, 'z');
process.nextTick((a, b, c) => console.log('tick args', a, b, c), 1, 2, 3);
