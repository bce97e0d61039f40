// A server answering every request with "Hello World" (the guide's first
// server), for wrk.
const http = require('http');
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('Hello World');
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'));
