let n = 0;
const t = setTimeout(() => {
  n++;
  console.log('fired', n);
  if (n === 1) setTimeout(() => t.refresh(), 2);
}, 1);
const c = setTimeout(() => console.log('cleared timer must not fire'), 1);
clearTimeout(c);
setTimeout(() => c.refresh(), 3);
let k = 0;
const iv = setInterval(() => {
  k++;
  if (k === 1) throw new Error('interval throws once');
  console.log('interval continues', k);
  if (k === 3) clearInterval(iv);
}, 15);
process.on('uncaughtException', (e) => console.log('caught:', e.message));
const u = setTimeout(() => {}, 1);
console.log(u.hasRef(), u.unref() === u, u.hasRef(), u.ref().hasRef());
setTimeout(() => console.log('done', n, t.hasRef()), 70);
