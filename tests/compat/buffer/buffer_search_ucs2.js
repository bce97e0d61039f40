// UTF-16 searches: code-unit positions, odd lengths and offsets, string
// and byte needles, offsets counted in the whole buffer.
const wide = Buffer.from('abcabc', 'ucs2');
const odd = Buffer.concat([wide, Buffer.from([0x61])]);
const rows = [];
for (const hay of [wide, odd]) {
  for (const needle of ['', 'a', 'c', 'bc', Buffer.from([0, 0x62]), Buffer.from('b', 'ucs2')]) {
    for (const off of [-13, -12, -5, -1, 0, 1, 3, 4, 7, 11, 13]) {
      for (const end of [undefined, 0, 3, 4, 7, 12]) {
        const label = typeof needle === 'string' ? needle : needle.toString('hex');
        rows.push(`${hay.length}|${label}|${off}|${end}:${hay.indexOf(needle, off, end, 'ucs2')},${hay.lastIndexOf(needle, off, end, 'ucs2')}`);
      }
    }
  }
}
console.log(rows.join(' '));
for (const off of [0, 1, 2, 3, 5, 6, 7, 8, 9, 11, -1, -2, -3, -5, -6, -7]) {
  const bytes = Buffer.from('a', 'ucs2');
  console.log(off, wide.indexOf('a', off, 'ucs2'), wide.lastIndexOf('a', off, 'ucs2'), wide.indexOf(bytes, off, 'ucs2'), wide.lastIndexOf(bytes, off, 'ucs2'));
}
