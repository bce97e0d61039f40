process.on('beforeExit', (code) => {
  console.log('beforeExit', code);
});
process.on('exit', (code) => {
  console.log('exit 1', code, process.exitCode);
  process.exitCode = 4;
});
process.on('exit', (code) => console.log('exit 2', code));
process.once('custom', (a) => console.log('custom once', a));
console.log(process.emit('custom', 'x'), process.emit('custom', 'y'), process.listenerCount('exit'));
setTimeout(() => console.log('timer before exit'), 1);
