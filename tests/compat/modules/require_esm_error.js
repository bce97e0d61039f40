try {
  require('./fixtures/esm/lib.mjs');
} catch (e) {
  console.log(e.code);
}
import('./fixtures/esm/lib.mjs').then((m) => console.log('dynamic import', m.value, m.default('cjs')));
