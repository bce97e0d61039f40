// A client that sends its head one byte at a time, slower than the
// server's headersTimeout, is answered 408 and closed; a client that
// finishes its head in time is served; a peer that resets mid-response
// does not stop the server serving the next client.
const http = require('http');
const net = require('net');

const server = http.createServer({ headersTimeout: 400, requestTimeout: 1000, connectionsCheckingInterval: 50 }, (req, res) => {
  if (req.url === '/big') {
    res.write(Buffer.alloc(1 << 20, 'x'));
    res.on('close', () => console.log('server: big response closed, finished', res.writableFinished));
    return;
  }
  res.end(`served ${req.url}`);
});
server.on('clientError', (err, socket) => {
  console.log('clientError', err.code, err.message);
  socket.end('HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
});

function dribble(port, text, delay) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let got = '';
    let at = 0;
    const next = () => {
      if (at < text.length && !socket.destroyed) {
        socket.write(text[at++]);
        setTimeout(next, delay);
      }
    };
    socket.on('connect', next);
    socket.on('data', (d) => { got += d; });
    socket.on('error', () => {});
    socket.on('close', () => resolve(got.split('\r\n')[0] + ' | ' + got.split('\r\n\r\n')[1]));
  });
}

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const head = 'GET /slow HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n';
  console.log('too slow:', await dribble(port, head, 100));
  console.log('in time:', await dribble(port, 'GET /quick HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 2));
  const reset = net.connect(port, '127.0.0.1', () => reset.write('GET /big HTTP/1.1\r\nHost: x\r\n\r\n'));
  reset.once('data', () => reset.resetAndDestroy());
  reset.on('close', async () => {
    console.log('after a reset:', await dribble(port, 'GET /next HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', 0));
    server.close(() => console.log('closed'));
  });
});
