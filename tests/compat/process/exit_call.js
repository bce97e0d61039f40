process.on('exit', (c) => console.log('exit event', c));
setTimeout(() => console.log('never'), 10);
console.log('calling exit');
process.exit(4);
console.log('not reached');
