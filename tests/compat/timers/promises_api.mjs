import { setTimeout as sleep, setImmediate as immediate, setInterval as every } from 'node:timers/promises';
const v = await sleep(5, 'slept');
console.log(v);
console.log(await immediate('immediate value'));
let n = 0;
for await (const tick of every(2, 'tick')) {
  console.log(tick, ++n);
  if (n === 3) break;
}
const ac = new (class { constructor() { this.listeners = []; this.signal = { aborted: false, addEventListener: (t, f) => this.listeners.push(f), removeEventListener() {} }; } abort() { this.signal.aborted = true; this.listeners.forEach((f) => f()); } })();
const p = sleep(1000, 'never', { signal: ac.signal });
ac.abort();
try { await p; } catch (e) { console.log(e.name, e.code); }
