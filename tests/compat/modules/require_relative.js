const math = require('./fixtures/math');
const again = require('./fixtures/math.js');
console.log(math.add(2, 3), math.loadedAs, math === again);
console.log(require('./fixtures/data.json').list.length, require('./fixtures/data').name);
console.log(typeof __filename, require('path').basename(__dirname), module.id, require.main === module);
