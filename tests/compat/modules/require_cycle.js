const a = require('./fixtures/cycle/a');
const b = require('./fixtures/cycle/b');
console.log('main', a.done, b.done);
