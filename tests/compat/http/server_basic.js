// createServer + http.get/http.request on 127.0.0.1 port 0: the request as
// the server sees it, the ServerResponse header API, writeHead with an
// object and a flat array, headersSent/writableEnded, and the response as
// the client sees it (the port is masked, the Date header shown by type).
const http = require('http');

let port;
const mask = (s) => String(s).split(String(port)).join('PORT');
const log = (...a) => console.log(...a);

const server = http.createServer((req, res) => {
  log('server: request', req.method, req.url, req.httpVersion, req.httpVersionMajor, req.httpVersionMinor);
  log('server: headers', mask(JSON.stringify(req.headers)));
  log('server: rawHeaders', mask(JSON.stringify(req.rawHeaders)));
  log('server: complete', req.complete, 'socket', typeof req.socket.remotePort, req.socket === res.socket);
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    log('server: body', JSON.stringify(body), 'complete', req.complete);
    if (req.url.startsWith('/api')) {
      log('res: headersSent', res.headersSent, 'statusCode', res.statusCode, 'sendDate', res.sendDate);
      res.setHeader('X-One', '1');
      res.setHeader('X-List', ['a', 'b']);
      res.setHeader('Content-Type', 'text/plain');
      res.appendHeader('X-List', 'c');
      res.appendHeader('X-New', 'n');
      log('res: getHeader', res.getHeader('x-one'), JSON.stringify(res.getHeader('X-LIST')), res.getHeader('missing'));
      log('res: getHeaders', JSON.stringify(res.getHeaders()));
      log('res: getHeaderNames', JSON.stringify(res.getHeaderNames()));
      log('res: getRawHeaderNames', JSON.stringify(res.getRawHeaderNames()));
      log('res: hasHeader', res.hasHeader('content-type'), res.hasHeader('X-NONE'));
      res.removeHeader('X-New');
      log('res: after remove', res.hasHeader('x-new'), JSON.stringify(res.getHeaderNames()));
      res.on('finish', () => log('res: finish', res.writableEnded, res.writableFinished));
      res.on('close', () => log('res: close', res.writableFinished));
      res.writeHead(201, { 'X-Obj': 'o', 'Content-Length': '5' });
      log('res: headersSent', res.headersSent, 'statusCode', res.statusCode, 'statusMessage', res.statusMessage);
      log('res: writableEnded', res.writableEnded);
      const ret = res.end('hello');
      log('res: end returned res', ret === res, 'writableEnded', res.writableEnded);
    } else {
      res.writeHead(202, 'Fine', ['X-Flat', 'f1', 'X-Flat', 'f2', 'Content-Type', 'text/x']);
      res.end('flat:' + body);
    }
  });
});

function show(label, res, cb) {
  log(label, 'status', res.statusCode, JSON.stringify(res.statusMessage), 'httpVersion', res.httpVersion);
  const names = Object.keys(res.headers).filter((n) => n !== 'date').sort();
  for (const n of names) log(label, 'header', n, JSON.stringify(res.headers[n]));
  log(label, 'date', typeof res.headers.date);
  log(label, 'rawHeaders', JSON.stringify(res.rawHeaders.filter((_, i, a) => a[i - (i % 2)] !== 'Date')));
  let body = '';
  res.setEncoding('utf8');
  res.on('data', (d) => { body += d; });
  res.on('end', () => { log(label, 'body', JSON.stringify(body), 'complete', res.complete); cb(); });
}

server.listen(0, '127.0.0.1', () => {
  port = server.address().port;
  http.get({ host: '127.0.0.1', port, path: '/api?x=1', agent: false, headers: { 'X-Custom': 'c1' } }, (res) => {
    show('get', res, () => {
      const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/flat', agent: false, headers: { 'Content-Type': 'text/plain' } }, (res2) => {
        show('post', res2, () => server.close(() => log('server: closed')));
      });
      log('client: req method', req.method, 'path', req.path, 'host', req.host);
      log('client: req headers', mask(JSON.stringify(req.getHeaders())));
      req.write('part1,');
      req.end('part2');
    });
  });
});
