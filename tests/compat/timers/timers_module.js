const timers = require('timers');
const tp = require('node:timers/promises');
console.log(typeof timers.setTimeout, timers.setTimeout === setTimeout, typeof tp.setTimeout);
timers.setImmediate(() => console.log('via module'));
