// A Unix domain socket server and client: address() is the path, the
// socket's remote address is undefined, data flows both ways.
const net = require('net');
const os = require('os');
const path = require('path');
const fs = require('fs');

const file = path.join(os.tmpdir(), `bistro-compat-${process.pid}.sock`);
const server = net.createServer((socket) => {
  console.log('server: connection', socket.remoteAddress, socket.remotePort);
  socket.end('over unix');
});
server.listen(file, () => {
  console.log('server: address is the path', server.address() === file);
  const client = net.connect(file, () => console.log('client: connect'));
  client.setEncoding('utf8');
  client.on('data', (d) => console.log('client: data', d));
  client.on('close', () => {
    server.close(() => console.log('server: closed, file removed', !fs.existsSync(file)));
  });
});
