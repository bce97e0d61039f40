try {
  require('./fixtures/throws');
} catch (e) {
  console.log('caught', e.message);
}
const key = require('path').join(__dirname, 'fixtures', 'throws.js');
console.log('cached after failure:', key in require.cache);
