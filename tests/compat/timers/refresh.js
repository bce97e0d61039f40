const start = Date.now();
let refreshed = false;
const t = setTimeout(() => {
  console.log('fired', Date.now() - start >= 35 ? 'late enough' : 'too early');
}, 20);
setTimeout(() => {
  refreshed = true;
  t.refresh();
}, 15);
setTimeout(() => console.log('refresh happened', refreshed), 30);
