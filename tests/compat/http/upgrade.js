// Protocol upgrades and CONNECT: the server's 'upgrade' listener gets
// (req, socket, head) with the bytes a raw client sent after the request
// head, answers 101 by hand and echoes; http.request's 'upgrade' and
// 'connect' events with their head; an Upgrade request to a server that has
// no 'upgrade' listener is served as a plain request.
const http = require('http');
const net = require('net');

const show = (s) => s.replace(/\r\nDate: [^\r]*\r\n/g, '\r\nDate: <date>\r\n').replace(/\r/g, '\\r').replace(/\n/g, '\\n\n');

const server = http.createServer((req, res) => {
  console.log('server: request event', req.method, req.url);
  res.end('plain');
});
server.on('upgrade', (req, socket, head) => {
  console.log('server: upgrade', req.method, req.url, req.headers.upgrade, req.headers.connection, 'head', JSON.stringify(head.toString()), head.length, Buffer.isBuffer(head));
  console.log('server: socket', socket instanceof net.Socket, 'readable', socket.readable, 'writable', socket.writable);
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n' + (req.url === '/greet' ? 'HELLO' : ''));
  if (head.length) socket.write(head);
  socket.on('data', (d) => socket.write(d.toString().toUpperCase()));
  socket.on('end', () => { console.log('server: upgraded socket end'); socket.end(); });
});
server.on('connect', (req, socket, head) => {
  console.log('server: connect', req.method, req.url, JSON.stringify(req.headers), 'head', head.length);
  socket.write('HTTP/1.1 200 Connection Established\r\nProxy-Agent: test\r\n\r\n');
  socket.on('data', (d) => socket.write(`tunnel<${d}>`));
  socket.on('end', () => { console.log('server: tunnel end'); socket.end(); });
});

const plain = http.createServer((req, res) => {
  console.log('plain: request', req.method, req.url, req.headers.upgrade, 'upgrade flag', req.upgrade);
  res.end('no upgrade here');
});

function raw(srv, label, request, more, done) {
  console.log(`=== ${label}`);
  const sock = net.connect(srv.address().port, '127.0.0.1', () => sock.write(request));
  let got = '';
  let sent = false;
  sock.setEncoding('latin1');
  sock.on('data', (d) => {
    got += d;
    if (more && !sent && got.endsWith('EXTRA')) { sent = true; sock.write(more); }
    if (more && got.endsWith(more.toUpperCase())) sock.end();
  });
  sock.on('close', () => { console.log(show(got)); done(); });
}

function viaRequest(done) {
  console.log('=== http.request upgrade');
  const req = http.request({ host: '127.0.0.1', port: server.address().port, path: '/greet', agent: false,
    headers: { Connection: 'Upgrade', Upgrade: 'echo' } });
  req.on('response', () => console.log('client: response event (not expected)'));
  req.on('upgrade', (res, socket, head) => {
    console.log('client: upgrade', res.statusCode, res.statusMessage, res.headers.upgrade, res.headers.connection, 'head', JSON.stringify(head.toString()), head.length);
    let got = '';
    socket.on('data', (d) => {
      got += d;
      if (got === 'PING') socket.end();
    });
    socket.on('close', () => { console.log('client: upgraded socket got', JSON.stringify(got)); done(); });
    socket.write('ping');
  });
  req.end();
}

function viaConnect(done) {
  console.log('=== http.request CONNECT');
  const req = http.request({ host: '127.0.0.1', port: server.address().port, method: 'CONNECT', path: 'example.com:443', agent: false });
  req.on('connect', (res, socket, head) => {
    console.log('client: connect', res.statusCode, res.statusMessage, JSON.stringify(res.headers), 'head', head.length);
    let got = '';
    socket.on('data', (d) => {
      got += d;
      if (got === 'tunnel<abc>') socket.end();
    });
    socket.on('close', () => { console.log('client: tunnel got', JSON.stringify(got)); done(); });
    socket.write('abc');
  });
  req.end();
}

server.listen(0, '127.0.0.1', () => plain.listen(0, '127.0.0.1', () => {
  raw(server, 'raw upgrade with extra bytes', 'GET /chat HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: echo\r\n\r\nEXTRA', 'more', () =>
    viaRequest(() =>
      viaConnect(() =>
        raw(plain, 'upgrade without a listener', 'GET /x HTTP/1.1\r\nHost: x\r\nConnection: Upgrade, close\r\nUpgrade: echo\r\n\r\n', null, () => {
          server.close(() => console.log('server closed'));
          plain.close(() => console.log('plain closed'));
        }))));
}));
