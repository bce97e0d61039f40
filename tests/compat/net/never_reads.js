// A client that never reads: the server's write() turns false once the
// socket buffers are full and 'drain' never comes, so nothing piles up in
// memory; when the client goes away the server's socket closes.
const net = require('net');

const chunk = Buffer.alloc(64 * 1024, 'x');
const server = net.createServer((socket) => {
  let writes = 0;
  while (socket.write(chunk)) writes++;
  console.log('write() turned false after some writes', writes > 0, 'needDrain', socket.writableNeedDrain);
  let drained = false;
  socket.on('drain', () => { drained = true; });
  socket.on('error', () => {});
  socket.on('close', () => {
    console.log('server socket closed, drained before', drained);
    server.close();
  });
  setTimeout(() => client.destroy(), 100);
});
let client;
server.listen(0, '127.0.0.1', () => {
  client = net.connect(server.address().port, '127.0.0.1');
  client.pause();
});
