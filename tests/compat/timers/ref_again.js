const t = setTimeout(() => console.log('fired after re-ref'), 5);
t.unref();
t.ref();
console.log(t.hasRef());
