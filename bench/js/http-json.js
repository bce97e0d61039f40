// A server answering every request with a 20-field JSON object.
const http = require('http');
const record = {};
for (let i = 0; i < 20; i++) record[`field${i}`] = i % 2 ? `value number ${i}` : i * 1000;
const server = http.createServer((req, res) => {
  res.setHeader('Content-Type', 'application/json');
  res.end(JSON.stringify({ ...record, path: req.url }));
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'));
