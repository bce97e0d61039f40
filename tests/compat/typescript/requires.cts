// A .cts entry is CommonJS; require() loads .cts, .mts (require of an ES
// module) and .ts files. Extensions are not probed: ./fixtures/plain finds nothing.
const cts = require('./fixtures/lib.cts');
const mts = require('./fixtures/lib.mts');
const greet = require('./fixtures/plain.ts');
const detected = require('./fixtures/esm_syntax.ts');
console.log(cts.kind, mts.kind, mts.default(5), greet('cts'), detected.detected, typeof module);
try {
  require('./fixtures/plain');
} catch (err) {
  console.log((err as NodeJS.ErrnoException).code);
}
console.log(Object.keys(require.extensions));
