// 32 MiB through one connection: the writer honours write()'s false and
// 'drain', the reader pauses and resumes; every byte arrives in order.
const net = require('net');
const crypto = globalThis.crypto;

const total = 32 * 1024 * 1024;
const chunk = Buffer.alloc(64 * 1024);
for (let i = 0; i < chunk.length; i++) chunk[i] = i % 251;

const server = net.createServer((socket) => {
  let sent = 0;
  let drains = 0;
  const pump = () => {
    while (sent < total) {
      sent += chunk.length;
      if (!socket.write(chunk)) {
        drains++;
        socket.once('drain', pump);
        return;
      }
    }
    socket.end();
    console.log('server: wrote all, waited for drain', drains > 0);
  };
  pump();
  socket.on('close', () => server.close());
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  let received = 0;
  let wrong = 0;
  let paused = 0;
  client.on('data', (data) => {
    for (let i = 0; i < data.length; i += 4099) if (data[i] !== ((received + i) % chunk.length) % 251) wrong++;
    received += data.length;
    if (received % (4 * 1024 * 1024) < data.length && paused < 4) {
      paused++;
      client.pause();
      setTimeout(() => client.resume(), 5);
    }
  });
  client.on('end', () => console.log('client: received', received === total, 'wrong bytes', wrong, 'paused', paused));
  client.on('close', () => console.log('client: close', client.bytesRead === total));
  void crypto;
});
