// Timers as disposables (Symbol.dispose clears them), the once-per-process
// warnings for NaN and negative delays (an overflow warns each time), and
// timers/promises with a NaN delay.
const warnings = [];
process.on('warning', (w) => warnings.push(`${w.name}: ${w.message.split('\n').join(' / ')}`));

const timeout = setTimeout(() => console.log('never: timeout'), 5);
const interval = setInterval(() => console.log('never: interval'), 5);
const immediate = setImmediate(() => console.log('never: immediate'));
timeout[Symbol.dispose]();
interval[Symbol.dispose]();
immediate[Symbol.dispose]();
console.log(timeout._destroyed, interval._destroyed, immediate._destroyed);

for (const delay of [NaN, 'abc', -1, -5, 2 ** 31, 2 ** 32]) clearTimeout(setTimeout(() => {}, delay));
clearInterval(setInterval(() => {}, NaN));
const fired = [];
setTimeout(() => fired.push('undefined delay'));
setTimeout(() => fired.push('NaN delay'), NaN);

require('timers/promises').setTimeout(NaN, 'resolved').then((value) => {
  console.log(value, fired);
  setImmediate(() => console.log(warnings));
});
