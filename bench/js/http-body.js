// A server for big bodies: POST /upload streams the request body to a file
// in BENCH_DIR; GET /download streams that file back. Backpressure both
// ways keeps memory flat.
const fs = require('fs');
const http = require('http');
const path = require('path');
const file = path.join(process.env.BENCH_DIR || '/tmp', 'bistro-bench-upload.bin');
const server = http.createServer((req, res) => {
  if (req.method === 'POST') {
    const out = fs.createWriteStream(file);
    req.pipe(out);
    out.on('finish', () => res.end(String(fs.statSync(file).size)));
    return;
  }
  res.setHeader('Content-Length', fs.statSync(file).size);
  fs.createReadStream(file).pipe(res);
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'));
