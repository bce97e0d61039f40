// BroadcastChannel: a message reaches every other open channel of the same
// name, in the order the channels were made; a closed one refuses to post.
const { BroadcastChannel } = require('worker_threads');
const { inspect } = require('util');

const a = new BroadcastChannel('news');
const b = new BroadcastChannel('news');
const c = new BroadcastChannel('news');
const elsewhere = new BroadcastChannel('other');
const received = [];
for (const [name, channel] of Object.entries({ a, b, c, elsewhere })) {
  channel.onmessage = (event) => {
    received.push(`${name} <- ${event.data}`);
    if (received.length === 4) {
      console.log(received);
      for (const ch of [a, b, c, elsewhere]) ch.close();
      try {
        a.postMessage('late');
      } catch (err) {
        console.log(err.name, err.code, err.message);
      }
    }
  };
}
a.postMessage('from a');
c.postMessage('from c');
console.log(inspect(a), inspect(a, { depth: -1 }), a.name);
try {
  new BroadcastChannel();
} catch (err) {
  console.log(err.code, err.message);
}
