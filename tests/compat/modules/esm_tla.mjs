console.log('before');
const { ready } = await import('./fixtures/esm/tla.mjs');
console.log(ready);
await new Promise((r) => setTimeout(r, 2));
console.log('after');
