// Malformed requests from a raw net client, one connection each, sent first
// to a server with a 'clientError' listener (which prints what it got and
// answers by hand) and then to one without (Node's default answer): the
// exact bytes that come back, or that the connection closed empty.
const http = require('http');
const net = require('net');

const handler = (tag) => (req, res) => {
  console.log(`${tag}: request`, req.method, JSON.stringify(req.url), JSON.stringify(req.headers));
  req.on('error', (err) => console.log(`${tag}: req error`, err.code, err.message));
  req.on('aborted', () => console.log(`${tag}: req aborted`));
  req.on('end', () => {
    console.log(`${tag}: req end`);
    res.end('ok');
  });
  req.resume();
};

const withListener = http.createServer(handler('A'));
withListener.on('clientError', (err, socket) => {
  console.log('A: clientError', err.code, err.message, err instanceof Error, socket instanceof net.Socket);
  socket.end('HTTP/1.1 400 Bad Request\r\nX-From: listener\r\n\r\n');
});
const withoutListener = http.createServer(handler('B'));

const pre = 'GET / HTTP/1.1\r\nHost: x\r\n';
const cases = [
  ['invalid method', 'FOO / HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['bad HTTP version', 'GET / HTTP/9.x\r\nHost: x\r\n\r\n'],
  ['header without colon', pre + 'NoColonHere\r\n\r\n'],
  ['too large headers', pre + 'X-Big: ' + 'a'.repeat(17 * 1024) + '\r\n\r\n'],
  ['Content-Length and Transfer-Encoding', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n'],
  ['duplicate Content-Length', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab'],
  ['invalid Content-Length', 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n'],
  ['spaces in the URL', 'GET /a b c HTTP/1.1\r\nHost: x\r\n\r\n'],
  ['no Host header', 'GET /nohost HTTP/1.1\r\n\r\n'],
  ['bad chunk size', 'POST /up HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n'],
];

const show = (s) => s.replace(/\r\nDate: [^\r]*\r\n/g, '\r\nDate: <date>\r\n').replace(/\r/g, '\\r').replace(/\n/g, '\\n\n');

// The answer is printed once both ends of the connection have closed, so
// everything the server reports (up to an immediate later) comes first.
function send(server, request, done) {
  let pending = 2;
  let got = '';
  const closed = () => {
    if (--pending) return;
    setImmediate(() => {
      console.log(got ? show(got) : '(closed with nothing)');
      done();
    });
  };
  server.once('connection', (s) => s.on('close', closed));
  const sock = net.connect(server.address().port, '127.0.0.1', () => sock.write(request));
  sock.setEncoding('latin1');
  sock.on('data', (d) => { got += d; });
  sock.on('error', () => {});
  sock.on('close', closed);
}

function run(i) {
  if (i === cases.length) {
    withListener.close();
    withoutListener.close(() => console.log('done'));
    return;
  }
  const [label, request] = cases[i];
  console.log(`=== ${label} (with clientError listener)`);
  send(withListener, request, () => {
    console.log(`=== ${label} (default)`);
    send(withoutListener, request, () => run(i + 1));
  });
}

withListener.listen(0, '127.0.0.1', () => withoutListener.listen(0, '127.0.0.1', () => run(0)));
