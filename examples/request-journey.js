// The journey of one HTTP request through the event loop: which phase
// runs each step, from the connection to the response's last byte. The
// server and its client live in this one process, so every step is
// printed in the order the loop runs it.
const fs = require('fs');
const http = require('http');

let step = 0;
const log = (text) => console.log(`${String(++step).padStart(2)}. ${text}`);

const server = http.createServer((req, res) => {
  log(`poll: the parser read the head; 'request' for ${req.method} ${req.url}`);
  let body = '';
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => {
    log(`poll: the body arrived (${body.length} bytes); 'end'`);
    process.nextTick(() => log('nextTick: runs as soon as the current callback returns'));
    Promise.resolve().then(() => log('microtask: a promise settles after the nextTick queue'));
    setImmediate(() => {
      log('check: setImmediate, after the poll phase');
      fs.readFile(__filename, (err, source) => {
        log(`poll: fs.readFile's callback, its read done on the thread pool (${source.length > 0})`);
        setTimeout(() => {
          log('timers: setTimeout(0) fires in the next timers phase');
          res.on('finish', () => log("poll: the response is handed to the socket; 'finish'"));
          res.end(JSON.stringify({ received: body }));
        }, 0);
      });
    });
  });
});

server.on('connection', () => log("poll: the server accepted a connection; 'connection'"));

server.listen(0, '127.0.0.1', () => {
  log("poll: the server listens; 'listening'");
  const req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'POST', path: '/journey', agent: false }, (res) => {
    log(`poll: the client read the response head; 'response' ${res.statusCode}`);
    let data = '';
    res.setEncoding('utf8');
    res.on('data', (chunk) => { data += chunk; });
    res.on('end', () => {
      log(`poll: the client read the body; 'end' ${data}`);
      server.close(() => log("close: the server closed; 'close'"));
    });
  });
  req.on('socket', () => log("nextTick: the client's request got its socket; 'socket'"));
  req.end('hello');
  log('main: the request is queued; nothing has been sent yet');
});
