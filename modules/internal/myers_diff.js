'use strict';
// The line diff of assertion messages: Myers' shortest edit script between
// the inspected actual and expected values, printed as Node 26 prints it
// ("+ " inserted, "- " deleted, "  " kept; long kept runs folded to "...").

const kInsert = 1;
const kDelete = -1;
const kKeep = 0;
// Kept lines shown after a change before the rest of the run is folded.
const kKeptLinesShown = 5;

// Lines count as equal when they differ only by a trailing comma (an
// object's last property gains one when another follows it).
function sameLine(a, b, ignoreComma) {
  return a === b || (ignoreComma && (`${a},` === b || a === `${b},`));
}

/**
 * The edit script turning `expected` into `actual`, as [operation, line]
 * pairs from the last line to the first.
 */
function myersDiff(actual, expected, ignoreComma = false) {
  const n = actual.length;
  const m = expected.length;
  const max = n + m;
  // furthest[k + max]: the furthest x reached on diagonal k (x - y = k).
  const furthest = new Int32Array(2 * max + 1);
  const history = [];
  for (let d = 0; d <= max; d++) {
    history.push(furthest.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && furthest[k - 1 + max] < furthest[k + 1 + max]);
      let x = down ? furthest[k + 1 + max] : furthest[k - 1 + max] + 1;
      let y = x - k;
      while (x < n && y < m && sameLine(actual[x], expected[y], ignoreComma)) {
        x++;
        y++;
      }
      furthest[k + max] = x;
      if (x >= n && y >= m) return editScript(history, actual, expected, ignoreComma);
    }
  }
  return [];
}

// Walks the recorded search back from the end, collecting the edits.
function editScript(history, actual, expected, ignoreComma) {
  const max = actual.length + expected.length;
  let x = actual.length;
  let y = expected.length;
  const script = [];
  for (let d = history.length - 1; d >= 0; d--) {
    const furthest = history[d];
    const k = x - y;
    const down = k === -d || (k !== d && furthest[k - 1 + max] < furthest[k + 1 + max]);
    const previousK = down ? k + 1 : k - 1;
    const previousX = furthest[previousK + max];
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      // Of two lines equal but for a comma, the one with the comma is shown.
      const line = ignoreComma && !actual[x - 1].endsWith(',') ? expected[y - 1] : actual[x - 1];
      script.push([kKeep, line]);
      x--;
      y--;
    }
    if (d > 0) {
      if (x > previousX) script.push([kInsert, actual[--x]]);
      else script.push([kDelete, expected[--y]]);
    }
  }
  return script;
}

/**
 * The printed diff (starting with a newline) and whether lines were folded.
 * A run of kept lines shows its first five; a change after it also shows
 * the sixth and seventh, or, for a longer run, "..." and the run's last.
 */
function printMyersDiff(script) {
  let message = '';
  let skipped = false;
  let kept = 0;
  for (let i = script.length - 1; i >= 0; i--) {
    const [operation, line] = script[i];
    if (i < script.length - 1 && script[i + 1][0] === kKeep && operation !== kKeep) {
      if (kept === kKeptLinesShown + 1) {
        message += `  ${script[i + 1][1]}\n`;
      } else if (kept === kKeptLinesShown + 2) {
        message += `  ${script[i + 2][1]}\n  ${script[i + 1][1]}\n`;
      } else if (kept >= kKeptLinesShown + 3) {
        message += `...\n  ${script[i + 1][1]}\n`;
        skipped = true;
      }
      kept = 0;
    }
    if (operation === kInsert) {
      message += `+ ${line}\n`;
    } else if (operation === kDelete) {
      message += `- ${line}\n`;
    } else {
      if (kept < kKeptLinesShown) message += `  ${line}\n`;
      kept++;
    }
  }
  return { message: `\n${message.trimEnd()}`, skipped };
}

module.exports = { myersDiff, printMyersDiff };
