// spawn(): the events of a child in Node's order (spawn, exit, close),
// its exit code or signal, its stdout and stderr as streams, and stdio
// options ('pipe', 'ignore', 'inherit', arrays). The children are this
// runtime itself (process.execPath -e CODE) and sh.
const { spawn } = require('child_process');

function run(label, file, args, options) {
  return new Promise((resolve) => {
    const events = [];
    const child = spawn(file, args, options);
    let out = '';
    let err = '';
    if (child.stdout) child.stdout.setEncoding('utf8').on('data', (d) => { out += d; });
    if (child.stderr) child.stderr.setEncoding('utf8').on('data', (d) => { err += d; });
    console.log(label, 'pid is a number:', typeof child.pid === 'number',
      'stdio:', child.stdio.map((s) => (s === null ? null : typeof s.on)));
    child.on('spawn', () => events.push('spawn'));
    child.on('exit', (code, signal) => events.push(`exit ${code} ${signal}`));
    child.on('close', (code, signal) => {
      events.push(`close ${code} ${signal}`);
      console.log(label, events.join(', '));
      console.log(label, 'exitCode', child.exitCode, 'signalCode', child.signalCode, 'killed', child.killed);
      console.log(label, 'stdout', JSON.stringify(out), 'stderr', JSON.stringify(err));
      resolve();
    });
  });
}

(async () => {
  await run('node -e', process.execPath,
    ['-e', 'console.log("hi from the child"); console.error("oops"); process.exitCode = 3']);
  await run('sh exit', 'sh', ['-c', 'echo out; echo err >&2; exit 7']);
  await run('echo', 'echo', ['a', 'b c']);
  await run('shell option', 'echo $((6 * 7))', [], { shell: true });
  await run('ignore', 'sh', ['-c', 'echo hidden'], { stdio: 'ignore' });
  await run('mixed', 'sh', ['-c', 'echo to-stderr >&2; echo to-stdout'], { stdio: ['ignore', 'pipe', 'ignore'] });
  await run('inherit stderr', 'sh', ['-c', 'echo shown >&1; echo also >&2'], { stdio: ['pipe', 'pipe', 'inherit'] });
  await run('self signal', 'sh', ['-c', 'kill -TERM $$']);
  await run('argv0', process.execPath, ['-e', 'console.log(process.argv.length)'], { argv0: 'custom-name' });
  await run('cwd', 'pwd', [], { cwd: '/' });
  await run('env', 'sh', ['-c', 'echo "$ONLY_VAR|$HOME"'], { env: { ONLY_VAR: 'set' } });

  const killed = spawn('sleep', ['30']);
  killed.on('spawn', () => console.log('kill() returns', killed.kill(), 'killed', killed.killed));
  killed.on('exit', (code, signal) => console.log('killed child exit', code, signal));
  killed.on('close', () => {
    console.log('kill after exit returns', killed.kill());
    const sigkill = spawn('sleep', ['30']);
    sigkill.on('exit', (code, signal) => console.log('SIGKILL child exit', code, signal, sigkill.signalCode));
    sigkill.kill('SIGKILL');
  });
})();
