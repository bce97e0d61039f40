// The Console constructor: options, separate streams, inspectOptions.
const { Console } = require('console');
const out = [];
const err = [];
// EventEmitters with write(): enough of a writable stream for Console.
const EventEmitter = require('events');
const stdout = Object.assign(new EventEmitter(), { write(s) { out.push(s); return true; } });
const stderr = Object.assign(new EventEmitter(), { write(s) { err.push(s); return true; } });
const c = new Console(stdout, stderr);
c.log('to stdout', 1);
c.info('info');
c.warn('to stderr');
c.error(new Error('boom').message);
const deep = new Console({ stdout, stderr, inspectOptions: { depth: 0, breakLength: 20 } });
deep.log({ a: { b: 1 } }, [1, 2, 3]);
deep.dir({ a: { b: 1 } }, { depth: 5 });
const grouped = new Console({ stdout, groupIndentation: 4 });
grouped.group('g');
grouped.log('indented by four');
grouped.groupEnd();
console.log(JSON.stringify(out));
console.log(JSON.stringify(err));
try { new Console(); } catch (e) { console.log(e.code, e.message); }
try { new Console({ stdout: {} }); } catch (e) { console.log(e.code, e.message); }
console.log(typeof console.Console, console instanceof Console);
try { new Console({ stdout, groupIndentation: -1 }); } catch (e) { console.log(e.code, e.message); }
try { new Console({ stdout, groupIndentation: 1.5 }); } catch (e) { console.log(e.code, e.message); }
try { new Console({ stdout, inspectOptions: 'deep' }); } catch (e) { console.log(e.code, e.message); }
const throwing = Object.assign(new EventEmitter(), { write() { throw new Error('write failed'); } });
new Console(throwing).log('swallowed');
try { new Console({ stdout: throwing, ignoreErrors: false }).log('x'); } catch (e) { console.log('not ignored:', e.message); }
