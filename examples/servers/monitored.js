// The guide's performance-monitor middleware around a server: every
// request is timed from arrival to the response's 'finish', logged with
// its status, and summarised at /stats.
const http = require('http');
const { performance } = require('perf_hooks');

const timings = [];

function monitor(handler) {
  return (req, res) => {
    const start = performance.now();
    res.on('finish', () => {
      const ms = performance.now() - start;
      timings.push(ms);
      console.log(`${req.method} ${req.url} ${res.statusCode} ${ms.toFixed(2)}ms`);
    });
    handler(req, res);
  };
}

const server = http.createServer(monitor((req, res) => {
  if (req.url === '/stats') {
    const sorted = [...timings].sort((a, b) => a - b);
    const avg = sorted.reduce((a, b) => a + b, 0) / (sorted.length || 1);
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({ requests: sorted.length, avgMs: +avg.toFixed(3), maxMs: +(sorted.at(-1) ?? 0).toFixed(3) }));
  } else if (req.url === '/slow') {
    setTimeout(() => res.end('slow done'), 50);
  } else {
    res.end('fast');
  }
}));

const port = Number(process.env.PORT ?? 3000);
server.listen(port, '127.0.0.1', () => {
  console.log(`Monitored server at http://127.0.0.1:${server.address().port}/`);
});
