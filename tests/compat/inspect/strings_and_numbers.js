// Strings (quotes, escapes, length limits, multi-line splitting) and
// numbers (numericSeparator, -0, floats, bigints) as util.inspect prints them.
const util = require('util');
const strings = ["plain", "it's", 'say "hi"', 'both \' and "', 'all \' " `', '${template}', 'tab\t nl\n cr\r', '\x00\x1b\x7f\x9f',
  'emoji 😀 ünïcödé', '\\backslash\\', ''];
for (const s of strings) console.log(util.inspect(s), util.inspect([s]));
console.log(util.inspect('x'.repeat(30), { maxStringLength: 10 }), util.inspect('abc', { maxStringLength: 0 }));
console.log(util.inspect(['y'.repeat(20)], { maxStringLength: 1 }));
const multi = 'first line\nsecond line\nthird line that is a bit longer than the others\nfourth';
console.log(util.inspect(multi));
console.log(util.inspect({ key: multi }));
console.log(util.inspect([multi, 'short']));
console.log(util.inspect({ key: multi }, { breakLength: Infinity }));
console.log(util.inspect('no newline but long '.repeat(6)));
const numbers = [0, -0, 1.5, -1e-7, 1e21, 123456789, 1234567.891, 2 ** 53, NaN, -Infinity, 0.1 + 0.2, 5e-324];
console.log(util.inspect(numbers));
console.log(util.inspect(numbers, { numericSeparator: true }));
console.log(util.inspect([123456789n, -1000n, 12n], { numericSeparator: true }));
console.log(util.inspect({ big: 2n ** 70n, small: -1n }));
console.log(util.format('%d %i', 1234567, 1234567.5), util.inspect(1000000, { numericSeparator: true }));
