// console.count / countReset, and console.time / timeLog / timeEnd through a
// Console writing into a string (the elapsed time is masked).
const { Console } = require('console');
let captured = '';
// An EventEmitter with write(): enough of a writable stream for Console.
const EventEmitter = require('events');
const sink = Object.assign(new EventEmitter(), { write(chunk) { captured += chunk; return true; } });
const con = new Console({ stdout: sink, stderr: sink });
con.count();
con.count();
con.count('label');
con.count('default');
con.countReset();
con.count();
con.countReset('never');
con.time('task');
con.timeLog('task', 'extra', { data: 1 });
con.timeEnd('task');
con.timeEnd('task');
con.timeLog('missing');
con.time('twice');
con.time('twice');
con.assert(true, 'not printed');
con.assert(false, 'printed %s', 'assertion');
con.assert(false);
con.assert(false, { obj: 1 });
con.error('error line');
con.debug('debug line');
con.trace === undefined || con.log('has trace');
console.log(captured.replace(/\d+(\.\d+)?(ms|s)\b/g, 'N$2'));
console.count();
console.count('x');
console.countReset('x');
console.count('x');
