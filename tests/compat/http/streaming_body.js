// Streaming bodies: a 1 MiB request body written in 64 KiB pieces that
// honours write()'s return value and 'drain', echoed by a server that
// pauses the request, resumes it and pipes it into the response; and a
// response written as one 1 MiB chunk that must wait for res 'drain'.
// Lengths and checksums (sum of bytes mod 65521) are compared. Each side
// logs into its own list, printed when a phase is over (both the client's
// 'end' and the server's 'finish' seen), since how the two sides interleave
// depends on socket buffer sizes.
const http = require('http');

const CHUNK = 64 * 1024;
const COUNT = 16;
const sum = (acc, buf) => { for (const b of buf) acc = (acc + b) % 65521; return acc; };
const piece = (k) => { const b = Buffer.alloc(CHUNK); for (let i = 0; i < CHUNK; i++) b[i] = (i * 7 + k * 13) & 255; return b; };

let serverLog = [];
let clientLog = [];
const slog = (...a) => serverLog.push(a);
const clog = (...a) => clientLog.push(a);
let phaseDone;
let pending = 0;
const settle = () => {
  if (--pending) return;
  setImmediate(() => {
    for (const a of serverLog) console.log('server:', ...a);
    for (const a of clientLog) console.log('client:', ...a);
    serverLog = [];
    clientLog = [];
    phaseDone();
  });
};
const phase = (fn, done) => { pending = 2; phaseDone = done; fn(); };

const server = http.createServer((req, res) => {
  res.on('finish', settle);
  if (req.url === '/echo') {
    slog('echo request, content-length', req.headers['content-length'], 'transfer-encoding', req.headers['transfer-encoding']);
    req.pause();
    slog('paused', req.isPaused(), 'flowing', req.readableFlowing);
    let bytes = 0;
    let check = 0;
    setTimeout(() => {
      slog('resuming; still paused', req.isPaused());
      req.on('data', (d) => { bytes += d.length; check = sum(check, d); });
      req.on('end', () => slog('request end', bytes, check, 'complete', req.complete));
      req.pipe(res);
      slog('flowing after pipe', req.readableFlowing);
    }, 20);
    res.on('finish', () => slog('echo response finished'));
    return;
  }
  const big = Buffer.alloc(COUNT * CHUNK, 'abc');
  res.setHeader('Content-Length', big.length + 4);
  const ret = res.write(big);
  slog('big write returned', ret, 'writableNeedDrain', res.writableNeedDrain);
  let drains = 0;
  res.on('drain', () => {
    drains++;
    slog('res drain', drains, 'writableNeedDrain', res.writableNeedDrain);
    res.end('tail');
  });
  res.on('finish', () => slog('big response finished, drains', drains));
});

function echo() {
  const req = http.request({ host: '127.0.0.1', port: server.address().port, method: 'POST', path: '/echo', agent: false });
  let sent = 0;
  let expected = 0;
  let falses = 0;
  let drains = 0;
  let status;
  req.on('drain', () => { drains++; });
  const writeMore = () => {
    while (sent < COUNT) {
      const b = piece(sent);
      expected = sum(expected, b);
      sent++;
      if (!req.write(b)) {
        falses++;
        req.once('drain', writeMore);
        return;
      }
    }
    req.end();
  };
  writeMore();
  req.on('response', (res) => {
    status = `${res.statusCode} transfer-encoding ${res.headers['transfer-encoding']}`;
    let bytes = 0;
    let check = 0;
    res.on('data', (d) => { bytes += d.length; check = sum(check, d); });
    res.on('end', () => {
      clog('wrote', sent, 'pieces; write() returned false at least once', falses > 0, 'drain seen', drains > 0);
      clog('echo status', status);
      clog('echo got', bytes, 'bytes, checksum', check, 'matches', bytes === COUNT * CHUNK && check === expected);
      settle();
    });
  });
}

function big() {
  http.get({ host: '127.0.0.1', port: server.address().port, path: '/big', agent: false }, (res) => {
    clog('big status', res.statusCode, 'content-length', res.headers['content-length']);
    let bytes = 0;
    let check = 0;
    res.on('data', (d) => { bytes += d.length; check = sum(check, d); });
    res.on('end', () => {
      const want = sum(sum(0, Buffer.alloc(COUNT * CHUNK, 'abc')), Buffer.from('tail'));
      clog('big got', bytes, 'bytes, checksum', check, 'matches', check === want);
      settle();
    });
  });
}

server.listen(0, '127.0.0.1', () => phase(echo, () => phase(big, () => server.close(() => console.log('server closed')))));
