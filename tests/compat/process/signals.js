// Signal events: listeners get (name, number), several signals sent at once
// arrive together, once() listeners restore the default action, listening
// does not keep the process alive, and SIGKILL cannot be listened to.
process.on('SIGUSR1', (name, number) => console.log('first', name, number));
process.on('SIGUSR1', (name) => console.log('second', name));
process.once('SIGUSR2', (name) => console.log('once', name, process.listenerCount('SIGUSR2')));
process.kill(process.pid, 'SIGUSR1');
process.kill(process.pid, 'SIGUSR2');
try {
  process.on('SIGKILL', () => {});
} catch (e) {
  console.log(e.message, e.code, e.errno, e.syscall);
}
process.on('SIGHUP', () => console.log('never'));
process.removeAllListeners('SIGHUP');
process.on('SIGHUP', () => console.log('hup again'));
setTimeout(() => process.kill(process.pid, 'SIGHUP'), 5);
setTimeout(() => console.log('done, listening for', ['SIGUSR1', 'SIGUSR2', 'SIGHUP'].map((s) => process.listenerCount(s))), 20);
