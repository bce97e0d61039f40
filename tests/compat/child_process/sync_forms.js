// spawnSync(), execSync() and execFileSync(): the result object (status,
// signal, output, stdout, stderr), input, encoding, timeout (ETIMEDOUT),
// maxBuffer (ENOBUFS), killSignal, and the errors the exec forms throw
// with status, signal, stdout and stderr.
const { spawnSync, execSync, execFileSync } = require('child_process');

function summary(label, result) {
  console.log(label, 'status', result.status, 'signal', result.signal, 'error', result.error && result.error.code,
    'stdout', JSON.stringify(String(result.stdout)), 'stderr', JSON.stringify(String(result.stderr)),
    'output', result.output && result.output.length, 'pid', typeof result.pid, Object.keys(result));
}

summary('plain', spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 3']));
summary('input string', spawnSync('cat', [], { input: 'fed through stdin\n' }));
summary('input buffer', spawnSync('wc', ['-c'], { input: Buffer.alloc(100000, 'z') }));
summary('input typed array', spawnSync('cat', [], { input: new Uint8Array([104, 105]) }));
summary('encoding', spawnSync('echo', ['utf8 text'], { encoding: 'utf8' }));
summary('runtime child',
  spawnSync(process.execPath, ['-e', 'process.stdin.pipe(process.stdout)'], { input: 'echo me' }));
summary('timeout', spawnSync('sleep', ['10'], { timeout: 50 }));
summary('timeout SIGKILL', spawnSync('sleep', ['10'], { timeout: 50, killSignal: 'SIGKILL' }));
summary('no stdin means EOF', spawnSync('cat'));
summary('stdio ignore', spawnSync('echo', ['x'], { stdio: 'ignore' }));
summary('stdio inherit stderr', spawnSync('sh', ['-c', 'echo out'], { stdio: ['pipe', 'pipe', 'inherit'] }));
summary('shell', spawnSync('echo $((2 + 3))', { shell: true, encoding: 'utf8' }));
summary('signal exit', spawnSync('sh', ['-c', 'kill -KILL $$']));
const big = spawnSync('sh', ['-c', 'head -c 300000 /dev/zero'], { maxBuffer: 1000 });
console.log('maxBuffer', big.error.code, big.error.message, big.signal, big.status, big.stdout.length > 1000);
const unlimited = spawnSync('sh', ['-c', 'head -c 3000000 /dev/zero'], { maxBuffer: Infinity });
console.log('maxBuffer Infinity', unlimited.status, unlimited.stdout.length);

console.log('execSync', JSON.stringify(execSync('echo $((7 * 6))', { encoding: 'utf8' })));
console.log('execSync buffer', execSync('printf abc'));
console.log('execFileSync', JSON.stringify(execFileSync('echo', ['one', 'two'], { encoding: 'latin1' })));
console.log('execFileSync input', execFileSync('cat', { input: 'in and out' }).toString());
// Still running when the limit is passed, so the kill signal ends it.
const chatty = 'console.log("x".repeat(5000)); setTimeout(() => {}, 5000)';
for (const [label, fn] of [
  ['execSync exit', () => execSync('echo some output; echo bad >&2; exit 9', { stdio: 'pipe' })],
  ['execFileSync exit', () => execFileSync('sh', ['-c', 'exit 2'], { stdio: 'pipe' })],
  ['execSync signal', () => execSync('kill -TERM $$', { stdio: 'pipe' })],
  ['execSync timeout', () => execSync('sleep 10', { timeout: 50, stdio: 'pipe' })],
  ['execFileSync maxBuffer', () => execFileSync(process.execPath, ['-e', chatty], { maxBuffer: 100 })],
]) {
  try {
    fn();
    console.log(label, 'did not throw');
  } catch (err) {
    const stdout = String(err.stdout);
    console.log(label, JSON.stringify(err.message.replace(process.execPath, 'EXEC_PATH')), 'status', err.status,
      'signal', err.signal, 'code', err.code,
      'stdout', stdout.length > 80 ? `${stdout.length} chars` : JSON.stringify(stdout),
      'stderr', JSON.stringify(String(err.stderr)));
  }
}
