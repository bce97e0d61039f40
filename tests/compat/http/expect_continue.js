// Expect: 100-continue against a server without a 'checkContinue' listener
// (Node answers 100 itself) and with one (writeContinue, or a 417 refusal);
// the client's 'continue' and 'information' events; res.writeEarlyHints;
// and the exact interim bytes as a raw net client reads them.
const http = require('http');
const net = require('net');

const echo = (tag) => (req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    console.log(`${tag}: body`, JSON.stringify(body));
    res.end(`echo:${body}`);
  });
};

const auto = http.createServer((req, res) => {
  console.log('auto: request', req.method, req.url, 'expect', req.headers.expect);
  if (req.url === '/hints') {
    res.writeEarlyHints({ link: '</style.css>; rel=preload; as=style', 'x-hint': ['a', 'b'] }, () => console.log('auto: hints written'));
    res.end('hinted');
    return;
  }
  echo('auto')(req, res);
});

const checking = http.createServer((req, res) => console.log('checking: request event (not expected)', req.url));
checking.on('checkContinue', (req, res) => {
  console.log('checking: checkContinue', req.method, req.url, 'expect', req.headers.expect);
  if (req.url === '/reject') {
    res.writeHead(417, { 'Content-Type': 'text/plain' });
    res.end('no thanks');
    return;
  }
  res.writeContinue();
  echo('checking')(req, res);
});

function info(msg) {
  const headers = Object.keys(msg.headers).filter((n) => n !== 'date').sort().map((n) => `${n}=${JSON.stringify(msg.headers[n])}`);
  return `${msg.statusCode} ${JSON.stringify(msg.statusMessage)} ${msg.httpVersion} [${headers.join(' ')}] raw ${JSON.stringify(msg.rawHeaders.filter((_, i, a) => a[i - (i % 2)] !== 'Date'))}`;
}

function request(server, label, path, expect, done) {
  const headers = expect ? { Expect: '100-continue' } : {};
  const req = http.request({ host: '127.0.0.1', port: server.address().port, method: expect ? 'POST' : 'GET', path, agent: false, headers });
  req.on('information', (m) => console.log(`${label}: information`, info(m)));
  req.on('continue', () => {
    console.log(`${label}: continue`);
    req.write('part1,');
    req.end('part2');
  });
  req.on('response', (res) => {
    console.log(`${label}: response`, info(res));
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { body += d; });
    res.on('end', () => {
      console.log(`${label}: body`, JSON.stringify(body));
      if (!req.writableEnded) req.destroy();
    });
  });
  req.on('error', (err) => console.log(`${label}: error`, err.code, err.message));
  req.on('close', () => { console.log(`${label}: close`); done(); });
  if (!expect) req.end();
}

function raw(server, request, done) {
  const sock = net.connect(server.address().port, '127.0.0.1', () => sock.write(request));
  let got = '';
  sock.setEncoding('latin1');
  sock.on('data', (d) => {
    got += d;
    if (got.startsWith('HTTP/1.1 100 Continue\r\n\r\n') && got.length === 25) {
      console.log('raw: got the interim response alone, sending the body');
      sock.write('abc');
    }
  });
  sock.on('close', () => {
    console.log(got.replace(/\r\nDate: [^\r]*\r\n/g, '\r\nDate: <date>\r\n').replace(/\r/g, '\\r').replace(/\n/g, '\\n\n'));
    done();
  });
}

auto.listen(0, '127.0.0.1', () => checking.listen(0, '127.0.0.1', () => {
  console.log('listeners', auto.listenerCount('checkContinue'), checking.listenerCount('checkContinue'));
  request(auto, 'auto', '/auto', true, () =>
    request(checking, 'accept', '/accept', true, () =>
      request(checking, 'reject', '/reject', true, () =>
        request(auto, 'hints', '/hints', false, () =>
          raw(auto, 'POST /raw HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 3\r\nConnection: close\r\n\r\n', () =>
            raw(auto, 'GET /hints HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', () => {
              auto.close();
              checking.close(() => console.log('done'));
            }))))));
}));
