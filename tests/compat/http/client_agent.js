// http.Agent({ keepAlive: true, maxSockets: 1 }): three sequential then
// three concurrent requests over one kept-alive socket (reusedSocket, the
// agent's pools, 'free' events, how many connections the server saw),
// Agent.getName, the global agent's settings, then agent.destroy().
const http = require('http');

let port;
const mask = (s) => String(s).split(String(port)).join('PORT');
let connections = 0;
const serverSockets = new Set();
const server = http.createServer((req, res) => {
  serverSockets.add(req.socket);
  res.setHeader('Content-Type', 'text/plain');
  res.end(`reply to ${req.url}`);
});
server.on('connection', () => { connections++; });

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
let frees = 0;
agent.on('free', () => { frees++; });

const pools = (label) => {
  const count = (o) => JSON.stringify(Object.fromEntries(Object.entries(o).map(([k, v]) => [mask(k), v.length])));
  console.log(label, 'sockets', count(agent.sockets), 'free', count(agent.freeSockets), 'requests', count(agent.requests));
};

function get(name, cb) {
  const req = http.get({ host: '127.0.0.1', port, path: `/${name}`, agent }, (res) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { body += d; });
    res.on('end', () => {
      console.log(name, 'status', res.statusCode, 'connection', res.headers.connection, 'keep-alive', res.headers['keep-alive'], 'body', JSON.stringify(body), 'reused', req.reusedSocket);
      cb();
    });
  });
  console.log(name, 'issued; agent is ours', req.agent === agent, 'reused so far', req.reusedSocket);
  return req;
}

console.log('getName', agent.getName({ host: 'a', port: 1, localAddress: 'b', family: 4 }));
console.log('getName {}', JSON.stringify(agent.getName({})), JSON.stringify(agent.getName({ host: 'h', port: 80, family: 6 })));
console.log('agent', agent.keepAlive, agent.keepAliveMsecs, agent.maxSockets, agent.maxFreeSockets, agent.maxTotalSockets, agent.scheduling, agent.defaultPort, agent.protocol);
console.log('agent options', JSON.stringify(agent.options));
const g = http.globalAgent;
console.log('globalAgent', g instanceof http.Agent, g.keepAlive, g.keepAliveMsecs, g.maxSockets, g.maxFreeSockets, g.scheduling);
console.log('globalAgent options', JSON.stringify(g.options));

server.listen(0, '127.0.0.1', () => {
  port = server.address().port;
  get('seq1', () => setImmediate(() => {
    pools('after seq1');
    get('seq2', () => setImmediate(() => {
      get('seq3', () => setImmediate(() => {
        pools('after seq3');
        let left = 3;
        const done = () => {
          if (--left) return;
          setImmediate(() => {
            pools('after concurrent');
            console.log('connections', connections, 'distinct server sockets', serverSockets.size, 'free events', frees);
            agent.destroy();
            pools('after destroy');
            server.close(() => console.log('server closed'));
          });
        };
        get('con1', done);
        get('con2', done);
        get('con3', done);
        pools('concurrent issued');
      }));
    }));
  }));
});
