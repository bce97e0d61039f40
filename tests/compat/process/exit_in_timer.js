setTimeout(() => {
  console.log('timer');
  process.exit();
}, 1);
setTimeout(() => console.log('never'), 50);
