Promise.resolve(1)
  .then((v) => { console.log('a', v); return v + 1; })
  .then((v) => { console.log('b', v); throw new Error('boom'); })
  .catch((e) => { console.log('caught', e.message); return 'recovered'; })
  .finally(() => console.log('finally'))
  .then((v) => console.log('c', v));
Promise.resolve().then(() => console.log('interleaved 1')).then(() => console.log('interleaved 2'));
