// Errors as Node gives them: a missing command ('error' with ENOENT, the
// "spawn CMD" syscall, path and spawnargs, then 'close' with -2), bad
// arguments (ERR_INVALID_ARG_TYPE / _VALUE, null bytes), unknown signals,
// fork() without an IPC channel in bistro, and process.kill's checks.
const { spawn, spawnSync, execFileSync, ChildProcess } = require('child_process');

function attempt(label, fn) {
  try {
    const value = fn();
    console.log(label, 'ok', value);
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

attempt('file number', () => spawn(42));
attempt('file empty', () => spawn(''));
attempt('args string', () => spawn('echo', 'abc'));
attempt('options string', () => spawn('echo', [], 'x'));
attempt('cwd number', () => spawn('echo', [], { cwd: 1 }));
attempt('detached string', () => spawn('echo', [], { detached: 'yes' }));
attempt('uid float', () => spawn('echo', [], { uid: 1.5 }));
attempt('shell number', () => spawn('echo', [], { shell: 5 }));
attempt('argv0 number', () => spawn('echo', [], { argv0: 5 }));
attempt('null byte in arg', () => spawn('echo', ['a\u0000b']));
attempt('null byte in env', () => spawn('echo', [], { env: { A: 'x\u0000' } }));
attempt('stdio word', () => spawn('echo', [], { stdio: 'everything' }));
attempt('stdio entry', () => spawn('echo', [], { stdio: [{}, 'pipe', 'pipe'] }));
attempt('stdio buffer', () => spawn('echo', [], { stdio: [Buffer.from('x'), 'pipe', 'pipe'] }));
attempt('timeout negative', () => spawn('echo', [], { timeout: -1 }));
attempt('killSignal object', () => spawn('echo', [], { killSignal: {} }));
attempt('killSignal unknown', () => spawn('echo', [], { killSignal: 'SIGNOPE' }));
attempt('signal not AbortSignal', () => spawn('echo', [], { signal: {} }));
attempt('maxBuffer string', () => spawnSync('echo', [], { maxBuffer: 'big' }));
attempt('input number', () => spawnSync('cat', [], { input: 42 }));
attempt('constructor spawn', () => new ChildProcess().spawn('x'));
attempt('constructor file', () => new ChildProcess().spawn({ file: 5 }));
attempt('constructor args', () => new ChildProcess().spawn({ file: 'echo', args: 'x' }));

const failed = spawnSync('no-such-command-here', ['x', 'y']);
console.log('spawnSync ENOENT', failed.error.message, failed.error.code, failed.error.errno, failed.error.syscall,
  failed.error.path, failed.error.spawnargs, failed.status, failed.signal, failed.output, failed.pid,
  failed.stdout, failed.stderr);
attempt('execFileSync ENOENT', () => execFileSync('no-such-command-here'));

const killer = spawn('sleep', ['30']);
attempt('kill unknown signal', () => killer.kill('SIGNOPE'));
attempt('kill lower-case name', () => killer.kill('sigkill'));

attempt('process.kill pid string', () => process.kill('abc'));
attempt('process.kill unknown signal', () => process.kill(process.pid, 'SIGNOPE'));
attempt('process.kill lower-case name', () => process.kill(process.pid, 'sigterm'));
attempt('process.kill signal 0', () => process.kill(process.pid, 0));
attempt('process.kill no such process', () => process.kill(2 ** 30, 'SIGTERM'));

const missing = spawn('no-such-command-here', ['--flag']);
console.log('missing pid', missing.pid, 'stdout stream', typeof missing.stdout.on);
missing.on('spawn', () => console.log('missing: spawn (unexpected)'));
missing.on('exit', () => console.log('missing: exit (unexpected)'));
missing.on('error', (err) => {
  console.log('missing: error', err.message, err.code, err.errno, err.syscall, err.path, err.spawnargs);
});
missing.on('close', (code, signal) => {
  console.log('missing: close', code, signal, 'exitCode', missing.exitCode);
  const badCwd = spawn('echo', [], { cwd: '/no/such/dir/here' });
  badCwd.on('error', (err) => console.log('bad cwd: error', err.code, err.syscall, err.path));
  badCwd.on('close', (code) => console.log('bad cwd: close', code));
});
