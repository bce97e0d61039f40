const path = require('path');
const c1 = require('./fixtures/counter.cjs');
c1.next();
const key = path.join(__dirname, 'fixtures', 'counter.cjs');
console.log(key in require.cache, c1.next());
delete require.cache[key];
const c2 = require('./fixtures/counter.cjs');
console.log(c1 === c2, c2.next());
console.log(path.basename(require.resolve('./fixtures/counter.cjs')));
