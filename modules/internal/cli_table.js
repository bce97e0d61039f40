'use strict';
// The box-drawn tables of console.table, as Node 20 renders them
// (cells left-aligned, widths by terminal columns).

// Columns a code point takes in a terminal: 0 for combining marks, 2 for
// East Asian wide characters and emoji, else 1.
function codePointWidth(code) {
  if (code >= 0x300 && code <= 0x36f) return 0;
  if (code === 0x200b || code === 0x200d || (code >= 0xfe00 && code <= 0xfe0f)) return 0;
  if ((code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x1f300 && code <= 0x1f64f) || (code >= 0x1f900 && code <= 0x1f9ff) ||
      (code >= 0x20000 && code <= 0x3fffd)) {
    return 2;
  }
  return 1;
}

function stringWidth(text) {
  let width = 0;
  for (const ch of text) width += codePointWidth(ch.codePointAt(0));
  return width;
}

function renderRow(row, widths) {
  let out = '│ ';
  for (let i = 0; i < row.length; i++) {
    out += row[i] + ' '.repeat(widths[i] - stringWidth(row[i]));
    if (i !== row.length - 1) out += ' │ ';
  }
  return `${out} │`;
}

// `head`: column titles; `columns`: one sparse array of cells per column.
function table(head, columns) {
  const widths = head.map(stringWidth);
  const longest = Math.max(...columns.map((c) => c.length));
  const rows = [];
  for (let i = 0; i < head.length; i++) {
    for (let j = 0; j < longest; j++) {
      if (rows[j] === undefined) rows[j] = [];
      const cell = Object.prototype.hasOwnProperty.call(columns[i], j) ? columns[i][j] : '';
      rows[j][i] = cell;
      widths[i] = Math.max(widths[i] || 0, stringWidth(cell));
    }
  }
  const divider = widths.map((w) => '─'.repeat(w + 2));
  let out = `┌${divider.join('┬')}┐\n${renderRow(head, widths)}\n├${divider.join('┼')}┤\n`;
  for (const row of rows) out += `${renderRow(row, widths)}\n`;
  return `${out}└${divider.join('┴')}┘`;
}

module.exports = { table, stringWidth };
