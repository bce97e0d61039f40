const t = setTimeout(() => console.log('should be cleared'), 10);
const id = +t;
console.log(typeof id, Number.isInteger(id), `${t}` === String(id));
clearTimeout(id);
const u = setTimeout(() => console.log('kept'), 1);
console.log(typeof u.ref, typeof u.unref, typeof u.refresh, typeof u.hasRef);
