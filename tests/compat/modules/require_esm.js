const ns = require('./fixtures/esm/lib.mjs');
console.log('require(esm)', ns.value, typeof ns.default);
try {
  require('./fixtures/esm/tla.mjs');
} catch (e) {
  console.log(e.code);
}
import('./fixtures/esm/lib.mjs').then((m) => console.log('dynamic import', m.value, m.default('cjs')));
