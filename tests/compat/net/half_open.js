// allowHalfOpen: the server reads the client's end, keeps writing, then
// ends itself; without it the socket ends as soon as the peer does.
const net = require('net');

const server = net.createServer({ allowHalfOpen: true }, (socket) => {
  let received = '';
  socket.setEncoding('utf8');
  socket.on('data', (d) => { received += d; });
  socket.on('end', () => {
    console.log('server: end, received', JSON.stringify(received), 'writable', socket.writable);
    socket.write('still here; ');
    setTimeout(() => socket.end('done'), 10);
  });
  socket.on('close', () => {
    console.log('server: close');
    server.close();
  });
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
  let reply = '';
  client.setEncoding('utf8');
  client.on('connect', () => client.end('request'));
  client.on('finish', () => console.log('client: finish, readable', client.readable));
  client.on('data', (d) => { reply += d; });
  client.on('end', () => console.log('client: end', JSON.stringify(reply)));
  client.on('close', () => console.log('client: close', client.readyState));
});
