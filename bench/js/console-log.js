// console.log of a 20-field object, 100k times (output to /dev/null).
const obj = {};
for (let i = 0; i < 20; i++) obj[`field${i}`] = i % 2 ? `value ${i}` : i;
for (let i = 0; i < 100_000; i++) console.log(obj);
