// A server's life: getConnections, close() waiting for open connections,
// maxConnections dropping extra ones, unref() letting the process exit,
// and the timeout of an idle socket.
const net = require('net');

const server = net.createServer((socket) => {
  server.getConnections((err, count) => console.log('connections', err, count));
  socket.on('close', () => console.log('server socket closed'));
});
server.maxConnections = 1;
server.on('drop', (info) => console.log('drop', info.localAddress, info.remoteAddress, info.remoteFamily,
  typeof info.localPort, typeof info.remotePort));
server.on('close', () => {
  console.log('server close event');
  const idle = net.createServer().listen(0, '127.0.0.1', () => {
    idle.unref();
    console.log('unref server does not keep the process alive');
  });
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const first = net.connect(port, '127.0.0.1', () => {
    const second = net.connect(port, '127.0.0.1');
    second.on('close', () => {
      console.log('second closed by server');
      server.close(() => console.log('close callback after last connection'));
      console.log('listening after close()', server.listening);
      first.setTimeout(20, () => {
        console.log('first idle timeout', first.timeout);
        first.destroy();
      });
    });
    second.on('error', (e) => console.log('second error', e.code));
  });
});
