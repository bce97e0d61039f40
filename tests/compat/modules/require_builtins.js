const a = require('events');
const b = require('node:events');
console.log(a === b, typeof require('node:path').join, typeof require('timers').setTimeout);
console.log(require('module').builtinModules.includes('path'), require('module').isBuiltin('node:util'));
try { require('node:nope'); } catch (e) { console.log(e.code); }
