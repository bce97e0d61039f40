// util.parseEnv: .env text as an object, parsed as Node does.
const { parseEnv } = require('util');
const samples = [
  'A=1\nB = two words # comment\n  C="quoted # not a comment"\nD=\'single\'\nE=`back`\n',
  'export F=exported\nexport G=\nH="multi\nline"\nI=\'multi\nline\'\nJ="expand\\nnewline"\nK=\'keep\\nslash\'\n',
  'L="unterminated\nM=after\n=noKey\n  =also\nN\nO==equals=\nP=1\nP=2\r\nQ=crlf\r\n',
  '# only a comment',
  '',
  'R="a" # c=d\n  # e=f\nS=\t tabbed \t\nT=`x`y\nU="x" z\n',
];
for (const text of samples) console.log(JSON.stringify(text), parseEnv(text));
for (const bad of [undefined, 5, {}]) {
  try { parseEnv(bad); } catch (err) { console.log(err.name, err.code, err.message); }
}
