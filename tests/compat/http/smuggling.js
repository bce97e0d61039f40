// Request shapes where parsers disagree (the ways to smuggle a request
// past a proxy) and oversized chunk extensions: each is refused with
// llhttp's code and message, and nothing after it is served as a request.
// A body longer than its Content-Length: the rest is parsed as the next
// request and refused.
const http = require('http');
const net = require('net');
const cases = [
  'GET /lf HTTP/1.1\nHost: x\n\n',
  'GET /lf HTTP/1.1\r\nHost: x\n\r\n',
  'GET /caf\xc3\xa9 HTTP/1.1\r\nHost: x\r\n\r\n',
  'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n\r\n\r\nGET /smuggled HTTP/1.1\r\nHost: x\r\n\r\n',
  'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3;a\nb\r\nabc\r\n0\r\n\r\n',
  'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3;' + 'a'.repeat(20000),
  'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3 ;a=b\r\nabc\r\n0\r\n\r\n',
  'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3;a="b c"\r\nabc\r\n0\r\n\r\n',
  'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabcGARBAGE /x HTTP/1.1\r\n\r\n',
];
const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => { console.log('served', req.method, req.url, JSON.stringify(body)); res.end('ok'); });
});
server.on('clientError', (err, socket) => {
  console.log('clientError', err.code, err.message);
  socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
});
server.listen(0, '127.0.0.1', async () => {
  for (const c of cases) {
    await new Promise((resolve) => {
      const s = net.connect(server.address().port, '127.0.0.1', () => s.write(Buffer.from(c, 'latin1')));
      let got = '';
      s.on('data', (d) => { got += d; });
      s.on('error', () => {});
      s.on('close', () => { console.log(' ->', JSON.stringify(got.split('\r\n')[0])); resolve(); });
    });
  }
  server.close();
});
