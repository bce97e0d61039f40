// Messages are structured clones delivered on a later turn of the loop,
// in order, once the receiving port is started; node-style listeners get
// the data, event listeners a MessageEvent; close() closes both ports.
const { MessageChannel, MessagePort, receiveMessageOnPort } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
const original = { list: [1, 2], when: new Date(0), nested: { map: new Map([['k', 'v']]) } };
port2.on('message', (message) => {
  console.log('message', message, message === original);
  if (message !== 'last') {
    port1.postMessage('last');
    port1.close();
    console.log('close called', port1.postMessage('dropped'));
  }
});
port2.addEventListener('message', (event) => {
  console.log('event', event.constructor.name, event.type, event.data.list, event.ports);
});
port2.on('close', () => console.log('port2 close'));
port1.on('close', () => console.log('port1 close'));
console.log(port1.postMessage(original), port2.hasRef(), port1.hasRef());
process.nextTick(() => console.log('nextTick runs first'));

const other = new MessageChannel();
other.port1.postMessage({ n: 1 });
other.port1.postMessage({ n: 2 });
console.log(receiveMessageOnPort(other.port2), receiveMessageOnPort(other.port2), receiveMessageOnPort(other.port2));
other.port2.onmessage = () => console.log('not called');
other.port2.onmessage = null;
other.port1.close();

console.log(port1 instanceof MessagePort, port1 instanceof EventTarget, Object.keys(new MessageChannel()));
for (const make of [() => new MessagePort(), () => MessagePort(), () => MessageChannel(), () => receiveMessageOnPort({})]) {
  try {
    make();
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
