// A server answering every request with "Hello World" (the guide's first
// server), for wrk and for the idle-connections case.
const http = require('http');
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('Hello World');
});
// The idle-connections case keeps connections open as long as it likes.
if (process.env.KEEP_ALIVE_MS) server.keepAliveTimeout = Number(process.env.KEEP_ALIVE_MS);
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'));
