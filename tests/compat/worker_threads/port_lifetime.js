// A port keeps the process alive while it listens for messages (or is
// ref()'d) and until it closes; an unref()'d one does not.
const { MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
console.log(port1.hasRef());
port1.on('message', (n) => {
  console.log('got', n);
  if (n < 3) port2.postMessage(n + 1);
  else port1.close();
});
console.log(port1.hasRef());
port1.on('close', () => console.log('closed', port1.hasRef(), port2.hasRef()));
port2.postMessage(1);

const idle = new MessageChannel();
idle.port1.on('message', () => console.log('never: the port is unref()ed'));
idle.port1.unref();
console.log(idle.port1.hasRef());
process.on('exit', () => console.log('exit'));
