process.on('exit', (code) => {
  console.log('exit handler', code);
  setTimeout(() => console.log('never printed'), 0);
  Promise.resolve().then(() => console.log('microtask in exit is not run'));
});
process.exitCode = 3;
console.log('main');
