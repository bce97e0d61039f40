const { greet, exp, util } = require('./fixtures/pkg/use');
console.log(greet('cjs'), exp.kind, util);
