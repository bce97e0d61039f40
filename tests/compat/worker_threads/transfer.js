// Transfer lists: ArrayBuffers move (the sender's is detached), ports move
// to the receiver, and what cannot be cloned or transferred is refused
// with a DataCloneError before anything moves.
const { MessageChannel, markAsUntransferable, isMarkedAsUntransferable, markAsUncloneable } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
const buffer = new ArrayBuffer(8);
new Uint32Array(buffer)[0] = 0x12345678;
const view = new Uint32Array(buffer, 4, 1);
const inner = new MessageChannel();
port2.on('message', (message) => {
  console.log('received', message.view[0], message.whole.byteLength, message.view.byteOffset, message.port.constructor.name);
  message.port.on('message', (text) => {
    console.log('moved port got', text);
    message.port.close();
    port2.close();
  });
  inner.port2.postMessage('through the moved port');
});
port1.postMessage({ whole: buffer, view, port: inner.port1 }, [buffer, inner.port1]);
console.log('sender side', buffer.byteLength, view.length);
inner.port1.on('close', () => console.log('the transferred port closed'));

const show = (fn) => {
  try {
    console.log('ok', fn());
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
};
const spare = new MessageChannel();
show(() => spare.port1.postMessage());
show(() => spare.port1.postMessage(() => {}));
show(() => spare.port1.postMessage({ port: spare.port2 }));
show(() => spare.port1.postMessage(null, [spare.port1]));
show(() => spare.port1.postMessage(null, [1]));
show(() => spare.port1.postMessage(null, 'not iterable'));
show(() => spare.port1.postMessage(null, { transfer: 5 }));
const ab = new ArrayBuffer(4);
show(() => spare.port1.postMessage(ab, [ab, ab]));
const kept = new ArrayBuffer(4);
markAsUntransferable(kept);
show(() => isMarkedAsUntransferable(kept));
show(() => spare.port1.postMessage(kept, [kept]));
show(() => kept.byteLength);
show(() => isMarkedAsUntransferable(Buffer.from('pooled').buffer));
const secret = {};
markAsUncloneable(secret);
show(() => spare.port1.postMessage(secret));
show(() => structuredClone(secret));
const moved = new ArrayBuffer(3);
show(() => [structuredClone(moved, { transfer: [moved] }).byteLength, moved.byteLength]);
show(() => structuredClone(moved));
spare.port1.close();
