// A child's process handle once the child has exited and been closed:
// kill() reports false, ref()/unref() and a second kill do nothing, and
// the program still ends.
const { spawn } = require('child_process');
const child = spawn(process.execPath, ['-e', 'process.exit(4)']);
child.on('exit', (code, signal) => console.log('exit', code, signal));
child.on('close', (code) => {
  console.log('close', code, child.exitCode, child.killed);
  console.log('kill after exit', child.kill(), child.kill('SIGKILL'));
  child.ref();
  child.unref();
  child.ref();
  console.log('killed', child.killed);
});
