// Bad input and broken peers: a peer that resets mid-stream, destroying
// twice, writing to a destroyed socket, bad timeouts and listen arguments;
// the server keeps serving the next client after a reset.
const net = require('net');

const show = (label, err) => console.log(label, err?.name, err?.code, err?.message, err?.syscall ?? '');

for (const bad of [-1, 'x', Infinity]) {
  try {
    new net.Socket().setTimeout(bad);
  } catch (err) {
    show(`setTimeout(${JSON.stringify(bad)})`, err);
  }
}
for (const args of [[65536], [{ port: -1 }], [{}], ['127.0.0.1', 1]]) {
  try {
    net.createServer().listen(...args).on('error', (err) => show(`listen error ${JSON.stringify(args)}`, err)).close();
  } catch (err) {
    show(`listen ${JSON.stringify(args)}`, err);
  }
}

let served = 0;
const server = net.createServer((socket) => {
  served++;
  socket.on('error', (err) => show('server socket error', err));
  if (served === 1) {
    socket.write('partial ');
    setTimeout(() => socket.resetAndDestroy(), 20);
  } else {
    socket.end('second client served');
  }
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const first = net.connect(port, '127.0.0.1');
  first.setEncoding('utf8');
  first.on('data', (d) => console.log('first data', d));
  first.on('error', (err) => show('first error', err));
  first.on('close', (hadError) => {
    console.log('first close, hadError', hadError);
    first.destroy();
    first.destroy();
    console.log('destroyed twice, still', first.destroyed);
    first.write('late', (err) => show('write after destroy', err));
    const second = net.connect(port, '127.0.0.1');
    second.setEncoding('utf8');
    second.on('data', (d) => console.log('second data', d));
    second.on('close', () => {
      server.close();
      server.close((err) => show('close twice', err));
      net.createServer().listen(0, 'no-such-host.invalid').on('error', (err) => show('listen on unknown host', err));
    });
  });
});
