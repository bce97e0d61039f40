let revived = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, revived);
  if (revived < 2) {
    revived++;
    setTimeout(() => console.log('revived work', revived), 1);
  }
});
process.on('exit', (code) => console.log('exit', code));
console.log('main done');
