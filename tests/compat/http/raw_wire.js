// The exact bytes an http.Server writes, read by a raw net client (one
// connection per case, run in sequence; the Date line is masked): keep-alive,
// pipelining, HTTP/1.0, chunked and fixed-length bodies, HEAD, 204/304,
// Connection: close, a chunked request body with trailers, custom status
// messages, removeHeader('date'), an explicit Content-Length and trailers.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('latin1');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    console.log('server:', req.method, req.url, 'HTTP/' + req.httpVersion, 'body', JSON.stringify(body));
    switch (req.url) {
      case '/ka': res.end('keep'); break;
      case '/x': res.end('x'); break;
      case '/chunked': res.write('ab'); res.write('cd'); res.end(); break;
      case '/204': res.statusCode = 204; res.end(); break;
      case '/304': res.writeHead(304, { ETag: '"e1"' }); res.end(); break;
      case '/upload':
        console.log('server: trailers', JSON.stringify(req.trailers), JSON.stringify(req.rawTrailers));
        res.end('got ' + body.length);
        break;
      case '/status': res.statusMessage = 'Very Fine'; res.statusCode = 299; res.end('s'); break;
      case '/nodate': res.removeHeader('date'); res.end('nd'); break;
      case '/cl': res.setHeader('Content-Length', 3); res.write('a'); res.write('bc'); res.end(); break;
      case '/trailers':
        res.writeHead(200, { Trailer: 'X-Sum', 'Content-Type': 'text/plain' });
        res.write('data');
        res.addTrailers({ 'X-Sum': '42' });
        res.end();
        break;
      default: res.statusCode = 404; res.end();
    }
  });
});

// How many complete responses `s` holds (interim 1xx skipped); a body
// delimited by the close of the connection never counts as complete.
function complete(s, methods) {
  let pos = 0, n = 0;
  for (;;) {
    const he = s.indexOf('\r\n\r\n', pos);
    if (he < 0) return n;
    const head = s.slice(pos, he).toLowerCase();
    const status = +head.split(' ')[1];
    pos = he + 4;
    if (status >= 100 && status < 200) continue;
    if (methods[n] === 'HEAD' || status === 204 || status === 304) { n++; continue; }
    const cl = /\r\ncontent-length: *(\d+)/.exec(head);
    if (/\r\ntransfer-encoding: *chunked/.test(head)) {
      for (;;) {
        const le = s.indexOf('\r\n', pos);
        if (le < 0) return n;
        const size = parseInt(s.slice(pos, le), 16);
        if (size === 0) {
          const te = s.startsWith('\r\n', le + 2) ? le + 2 : s.indexOf('\r\n\r\n', le + 2);
          if (te < 0 || s.length < te + 2) return n;
          pos = te + (te === le + 2 ? 2 : 4);
          break;
        }
        if (s.length < le + 2 + size + 2) return n;
        pos = le + 2 + size + 2;
      }
      n++;
    } else if (cl) {
      if (s.length < pos + +cl[1]) return n;
      pos += +cl[1];
      n++;
    } else return n;
  }
}

const show = (s) => s.replace(/\r\nDate: [^\r]*\r\n/g, '\r\nDate: <date>\r\n').replace(/\r/g, '\\r').replace(/\n/g, '\\n\n');

const cases = [
  ['keep-alive GET', ['GET'], 'GET /ka HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['pipelined', ['GET', 'GET'], 'GET /x HTTP/1.1\r\nHost: x\r\n\r\nGET /chunked HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
  ['HTTP/1.0', ['GET'], 'GET /chunked HTTP/1.0\r\n\r\n'],
  ['HTTP/1.0 keep-alive', ['GET'], 'GET /x HTTP/1.0\r\nConnection: keep-alive\r\n\r\n'],
  ['HEAD', ['HEAD', 'HEAD'], 'HEAD /x HTTP/1.1\r\nHost: x\r\n\r\nHEAD /chunked HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['204 and 304', ['GET', 'GET'], 'GET /204 HTTP/1.1\r\nHost: x\r\n\r\nGET /304 HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['Connection: close', ['GET'], 'GET /x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
  ['chunked upload with trailers', ['POST'],
    'POST /upload HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nTrailer: X-Check\r\n\r\n' +
    '5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\nX-Check: ok\r\nX-Other: 2\r\n\r\n'],
  ['status, nodate, cl, trailers', ['GET', 'GET', 'GET', 'GET'],
    'GET /status HTTP/1.1\r\nHost: x\r\n\r\nGET /nodate HTTP/1.1\r\nHost: x\r\n\r\n' +
    'GET /cl HTTP/1.1\r\nHost: x\r\n\r\nGET /trailers HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['unknown path', ['GET'], 'GET /nope HTTP/1.1\r\nHost: x\r\n\r\n'],
];

function run(i) {
  if (i === cases.length) {
    server.close(() => console.log('server closed'));
    return;
  }
  const [label, methods, request] = cases[i];
  console.log(`=== ${label}`);
  const sock = net.connect(server.address().port, '127.0.0.1', () => sock.write(request, 'latin1'));
  let got = '';
  let ended = false;
  sock.setEncoding('latin1');
  sock.on('data', (d) => {
    got += d;
    if (!ended && complete(got, methods) >= methods.length) { ended = true; sock.end(); }
  });
  sock.on('end', () => { if (!ended) console.log('(server closed the connection)'); });
  sock.on('close', () => {
    console.log(show(got));
    run(i + 1);
  });
}

server.listen(0, '127.0.0.1', () => run(0));
