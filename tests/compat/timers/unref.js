const t = setTimeout(() => console.log('never'), 100);
t.unref();
console.log('hasRef', t.hasRef());
const i = setInterval(() => console.log('never either'), 10);
i.unref();
const im = setImmediate(() => console.log('unref immediate does not run'));
im.unref();
setTimeout(() => console.log('ref timer runs'), 5);
