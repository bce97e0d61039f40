// A TCP echo on 127.0.0.1 port 0: event order on both sides, addresses,
// readyState, byte counts and the close of server and sockets.
const net = require('net');
const server = net.createServer((socket) => {
  console.log('server: connection from', socket.remoteAddress, typeof socket.remotePort, socket.remoteFamily);
  socket.on('data', (d) => { console.log('server: data', JSON.stringify(d.toString())); socket.write(`echo:${d}`); });
  socket.on('end', () => { console.log('server: end'); socket.end('bye'); });
  socket.on('close', (hadError) => { console.log('server: socket close', hadError); server.close(() => console.log('server: closed')); });
});
server.on('listening', () => console.log('server: listening', server.listening, typeof server.address().port, server.address().address, server.address().family));
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const client = net.connect(port, '127.0.0.1', () => {
    console.log('client: connect', client.remoteAddress, client.remotePort === port, client.readyState, client.pending);
    client.write('hello');
  });
  console.log('client: connecting', client.connecting, client.readyState, client.pending);
  client.setEncoding('utf8');
  let got = '';
  client.on('data', (d) => { got += d; console.log('client: data', JSON.stringify(d)); if (got === 'echo:hello') client.end(); });
  client.on('end', () => console.log('client: end', client.bytesRead, client.bytesWritten));
  client.on('finish', () => console.log('client: finish'));
  client.on('close', (hadError) => console.log('client: close', hadError, client.readyState, client.destroyed));
});
