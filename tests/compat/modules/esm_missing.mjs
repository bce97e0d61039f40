try {
  await import('./fixtures/nope.mjs');
} catch (e) {
  console.log(e.code);
}
try {
  await import('not-a-package');
} catch (e) {
  console.log(e.code);
}
console.log('still running');
