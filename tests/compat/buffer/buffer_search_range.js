// indexOf/lastIndexOf with offsets and end bounds across the whole range.
const c = Buffer.from('abcdef');
const r = [];
for (const needle of ['', 'a', 'b', 'e', 'f', 'cd']) for (const off of [-7, -6, -5, -3, -1, 0, 1, 2, 4, 5, 6, 9]) for (const end of [0, 2, 3, 5, 6]) {
  r.push(`${needle}|${off}|${end}:${c.indexOf(needle, off, end)},${c.lastIndexOf(needle, off, end)}`);
}
console.log(r.join(' '));
