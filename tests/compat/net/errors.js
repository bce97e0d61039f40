// Network errors as Node reports them: a refused connect, a port in use,
// bad ports and addresses, closing a server that is not running, writing
// to a destroyed socket, and an unknown host name.
const net = require('net');

let usedPort = 0;
function show(label, err) {
  const message = usedPort === 0 ? err.message : err.message.replace(`:${usedPort}`, ':PORT');
  const port = err.port === undefined ? '' : err.port === usedPort ? 'PORT' : err.port;
  console.log(label, err.name, err.code, message, err.syscall ?? '', err.address ?? '', port);
}

for (const port of [-1, 65536, 'abc', 1.5, null, {}]) {
  try {
    net.connect({ port, host: '127.0.0.1' });
  } catch (err) {
    show(`connect port ${JSON.stringify(port)}`, err);
  }
}
try {
  net.connect({ port: 80, localAddress: 'not-an-ip' });
} catch (err) {
  show('localAddress', err);
}
try {
  net.createServer().listen({ host: '127.0.0.1' });
} catch (err) {
  show('listen without port', err);
}
net.createServer().close((err) => show('close not running', err));

const first = net.createServer().listen(0, '127.0.0.1', () => {
  const { port } = first.address();
  usedPort = port;
  const second = net.createServer();
  second.on('error', (err) => {
    show('in use', err);
    try {
      first.listen(0);
    } catch (e) {
      show('listen twice', e);
    }
    first.close(() => {
      // The port is free now, and nothing listens on it: refused.
      const client = net.connect(port, '127.0.0.1');
      client.on('error', (e) => show('refused', e));
      client.on('close', (hadError) => {
        console.log('refused close', hadError, client.destroyed);
        const ghost = net.connect(80, 'no-such-host.invalid');
        ghost.on('lookup', (e, address, family, host) => console.log('lookup', e?.code, address, family, host));
        ghost.on('error', (e) => console.log('unknown host', e.code, e.syscall, e.hostname, e.message));
      });
    });
  });
  second.listen(port, '127.0.0.1');
});
