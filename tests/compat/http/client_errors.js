// Client-side failures and argument errors: a refused connection, a server
// that hangs up, req.destroy() and AbortSignal before a response,
// req.setTimeout, invalid request options and headers, ServerResponse
// misuse, validateHeaderName/Value, STATUS_CODES and METHODS.
const http = require('http');

let port;
const mask = (s) => (port ? String(s).split(String(port)).join('PORT') : String(s));
const show = (label, err) => console.log(label, err.name, err.code, mask(err.message));
const attempt = (label, fn) => {
  try {
    fn();
    console.log(label, 'did not throw');
  } catch (err) {
    show(label, err);
  }
};

console.log('STATUS_CODES', http.STATUS_CODES[418], http.STATUS_CODES[200], http.STATUS_CODES[999]);
console.log('METHODS', http.METHODS.length, http.METHODS[0], http.METHODS[http.METHODS.length - 1], http.METHODS.includes('QUERY'));
console.log('maxHeaderSize', http.maxHeaderSize);
attempt('validateHeaderName', () => http.validateHeaderName('bad name'));
attempt('validateHeaderName ok', () => http.validateHeaderName('x-good'));
attempt('validateHeaderValue undefined', () => http.validateHeaderValue('x-h', undefined));
attempt('validateHeaderValue CR', () => http.validateHeaderValue('x-h', 'a\rb'));
attempt('validateHeaderValue ok', () => http.validateHeaderValue('x-h', 'fine'));

const server = http.createServer((req, res) => {
  if (req.url === '/hangup') { req.socket.destroy(); return; }
  if (req.url === '/slow') return; // never answers
  if (req.url === '/misuse') {
    attempt('writeHead(1000)', () => res.writeHead(1000));
    attempt('writeHead(99)', () => res.writeHead(99));
    attempt('statusCode 1000 at end', () => { res.statusCode = 1000; res.end(); });
    res.statusCode = 200;
    attempt('setHeader bad name', () => res.setHeader('bad name', 'x'));
    attempt('setHeader bad value', () => res.setHeader('x-a', 'a\nb'));
    attempt('setHeader undefined', () => res.setHeader('x-a', undefined));
    res.end('ok');
    attempt('setHeader after end', () => res.setHeader('x-late', '1'));
    attempt('writeHead after end', () => res.writeHead(200));
    attempt('removeHeader after end', () => res.removeHeader('x-late'));
    res.on('error', (err) => show('res error event', err));
    res.write('more', (err) => show('write after end callback', err));
    return;
  }
  res.end('fine');
});

function opts(path, extra) {
  return { host: '127.0.0.1', port, path, agent: false, ...extra };
}

function outcome(label, req, next) {
  req.on('response', (res) => { console.log(label, 'response', res.statusCode); res.resume(); });
  req.on('error', (err) => show(`${label} error`, err));
  req.on('close', () => { console.log(label, 'close'); next(); });
}

const steps = [
  (next) => {
    const req = http.get(opts('/hangup'));
    outcome('hangup', req, next);
  },
  (next) => {
    const req = http.get(opts('/fine'));
    outcome('destroy', req, next);
    req.destroy();
    console.log('destroy: destroyed', req.destroyed);
  },
  (next) => {
    const req = http.get(opts('/slow'));
    outcome('destroy(err)', req, next);
    req.on('socket', () => setImmediate(() => req.destroy(new Error('mine'))));
  },
  (next) => {
    const ac = new AbortController();
    const req = http.get(opts('/slow', { signal: ac.signal }));
    outcome('abort', req, next);
    setImmediate(() => ac.abort());
  },
  (next) => {
    const req = http.get(opts('/slow', { timeout: 30 }));
    req.on('timeout', () => { console.log('timeout option: timeout event'); req.destroy(); });
    outcome('timeout option', req, next);
  },
  (next) => {
    const req = http.get(opts('/slow'));
    req.setTimeout(30, () => { console.log('setTimeout: callback'); req.destroy(new Error('gave up')); });
    outcome('setTimeout', req, next);
  },
  (next) => {
    const req = http.get(opts('/misuse'));
    outcome('misuse', req, next);
  },
  (next) => {
    attempt('bad method', () => http.request(opts('/', { method: 'BAD METHOD' })));
    attempt('path with spaces', () => http.request(opts('/a b')));
    attempt('https protocol', () => http.request(opts('/', { protocol: 'https:' })));
    attempt('header value', () => http.request(opts('/', { headers: { 'x-bad': 'a\nb' } })));
    attempt('header name', () => http.request(opts('/', { headers: { 'bad name': 'v' } })));
    attempt('bad url', () => http.get('http://'));
    const req = http.request(opts('/fine', { method: 'POST' }));
    req.end('body');
    attempt('client setHeader after end', () => req.setHeader('x-late', '1'));
    outcome('client after end', req, next);
  },
  (next) => {
    const dead = http.createServer();
    dead.listen(0, '127.0.0.1', () => {
      const deadPort = dead.address().port;
      dead.close(() => {
        const req = http.get({ host: '127.0.0.1', port: deadPort, agent: false });
        req.on('error', (err) => console.log('refused', err.name, err.code, err.syscall, err.address, err.port === deadPort,
          err.message.replace(String(deadPort), 'PORT')));
        req.on('close', () => { console.log('refused close'); next(); });
      });
    });
  },
];

server.listen(0, '127.0.0.1', () => {
  port = server.address().port;
  const run = (i) => {
    if (i === steps.length) {
      server.closeAllConnections();
      server.close(() => console.log('server closed'));
      return;
    }
    console.log(`--- step ${i}`);
    steps[i](() => setImmediate(() => run(i + 1)));
  };
  run(0);
});
