// beforeExit, exit handlers and exit codes set along the way.
let revived = false;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, process.exitCode);
  if (!revived) {
    revived = true;
    setTimeout(() => console.log('revived work'), 1);
  }
});
process.on('exit', (code) => {
  console.log('exit', code);
  setTimeout(() => console.log('never runs'), 0);
  process.exitCode = 9;
});
process.on('exit', function second(code) {
  console.log('second exit listener', code, this === process);
});
process.exitCode = 3;
console.log('main done');
