const a = setImmediate(() => console.log('a'));
setImmediate(() => {
  console.log('b');
  clearImmediate(c);
});
const c = setImmediate(() => console.log('c'));
clearImmediate(a);
clearImmediate(undefined);
clearTimeout(null);
clearInterval('nope');
