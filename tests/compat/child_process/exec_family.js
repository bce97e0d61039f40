// exec() and execFile(): callbacks with (error, stdout, stderr), the
// "Command failed" error with code, killed, signal and cmd, encodings,
// maxBuffer (ERR_CHILD_PROCESS_STDIO_MAXBUFFER), timeout with killSignal,
// AbortSignal, and util.promisify's { stdout, stderr } form.
const { exec, execFile } = require('child_process');
const { promisify } = require('util');

function show(label) {
  return (err, stdout, stderr) => {
    if (err) {
      console.log(label, 'error:', JSON.stringify(err.message), 'code', err.code, 'killed', err.killed,
        'signal', err.signal, 'cmd', JSON.stringify(err.cmd));
    } else {
      console.log(label, 'ok');
    }
    console.log(label, 'stdout', typeof stdout, JSON.stringify(String(stdout)),
      'stderr', JSON.stringify(String(stderr)));
  };
}

function step(fn) {
  return new Promise((resolve) => fn((...args) => resolve(args)));
}

(async () => {
  await step((done) => exec('echo hello; echo warn >&2', (...a) => { show('exec ok')(...a); done(); }));
  await step((done) => exec('echo partial; exit 4', (...a) => { show('exec exit 4')(...a); done(); }));
  await step((done) => execFile('sh', ['-c', 'printf "\\342\\202\\254"'], { encoding: 'buffer' }, (err, out) => {
    console.log('buffer encoding', err, Buffer.isBuffer(out), out);
    done();
  }));
  await step((done) => execFile('sh', ['-c', 'printf hello'], { encoding: 'hex' }, (err, out) => {
    console.log('hex encoding', err, out);
    done();
  }));
  await step((done) => exec('printf 0123456789', { maxBuffer: 4 }, (...a) => {
    show('maxBuffer')(...a);
    console.log('maxBuffer error', a[0].name, a[0].code);
    done();
  }));
  await step((done) => exec('sleep 10', { timeout: 50 }, (...a) => { show('timeout')(...a); done(); }));
  await step((done) => exec('sleep 10', { timeout: 50, killSignal: 'SIGKILL' }, (...a) => {
    show('timeout SIGKILL')(...a);
    done();
  }));
  await step((done) => execFile(process.execPath, ['-e', 'process.stdout.write("from a runtime child")'], (...a) => {
    show('execFile execPath')(...a);
    done();
  }));
  await step((done) => execFile('no-such-command-here', ['a'], (err, stdout, stderr) => {
    console.log('execFile ENOENT', err.message, err.code, err.syscall, err.path, err.spawnargs, err.cmd,
      JSON.stringify(stdout), JSON.stringify(stderr));
    done();
  }));
  await step((done) => {
    const controller = new AbortController();
    execFile('sleep', ['10'], { signal: controller.signal }, (err) => {
      console.log('aborted', err.name, err.code, err.message);
      done();
    });
    setTimeout(() => controller.abort(), 20);
  });

  const execAsync = promisify(exec);
  const { stdout, stderr } = await execAsync('echo promised; echo err >&2');
  console.log('promisified', JSON.stringify(stdout), JSON.stringify(stderr));
  const pending = execAsync('exit 2');
  console.log('promise has child', typeof pending.child.pid);
  try {
    await pending;
  } catch (err) {
    console.log('promisified rejection', err.code, JSON.stringify(err.stdout), JSON.stringify(err.stderr));
  }
  const fileAsync = promisify(execFile);
  console.log('execFile promisified', (await fileAsync('echo', ['x', 'y'])).stdout);
})();
