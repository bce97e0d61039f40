for (const v of ['abc', 1.5, '2', null, undefined, true, {}]) {
  try { process.exitCode = v; console.log('ok', JSON.stringify(v), process.exitCode); } catch (e) { console.log(e.code, e.message); }
}
process.exitCode = undefined;
try { process.exit('nope'); } catch (e) { console.log('exit threw', e.code); }
try { process.hrtime(5); } catch (e) { console.log(e.code, e.message); }
try { process.hrtime([1]); } catch (e) { console.log(e.code, e.message); }
try { process.chdir(5); } catch (e) { console.log(e.code, e.message); }
try { process.chdir('/definitely/missing/dir'); } catch (e) { console.log(e.code, e.syscall, e.message.replace(process.cwd(), '<cwd>'), e.dest); }
try { process.emitWarning(5); } catch (e) { console.log(e.code, e.message); }
const EventEmitter = require('events');
try { new EventEmitter().on('x', 'notfn'); } catch (e) { console.log(e.code, e.message); }
try { new EventEmitter().emit('error', 'plain'); } catch (e) { console.log(e.code, e.message); }
try { new EventEmitter().emit('error', new Error('real')); } catch (e) { console.log(e.message); }
