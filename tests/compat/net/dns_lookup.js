// dns.lookup and dns.promises.lookup of localhost, IP literals and a name
// that does not exist, with Node's argument errors. One lookup at a time:
// concurrent lookups finish in whatever order the thread pool ends them.
const dns = require('dns');
const { promisify } = require('util');

for (const [hostname, options] of [[42, undefined], ['x', { family: 5 }], ['x', 'IPv5'], ['x', { all: 1 }]]) {
  try {
    dns.lookup(hostname, options, () => {});
  } catch (err) {
    console.log(err.code, err.message);
  }
}
console.log(dns.getDefaultResultOrder());

const lookup = (hostname, options) => new Promise((resolve) => {
  dns.lookup(hostname, options, (err, ...results) => resolve([err, ...results]));
});

(async () => {
  console.log('ip literal', ...await lookup('127.0.0.1'));
  console.log('localhost', ...await lookup('localhost', 4));
  console.log('all', ...await lookup('localhost', { family: 4, all: true }));
  const [err] = await lookup('no-such-host.invalid');
  console.log('unknown', err.code, err.errno, err.syscall, err.hostname, err.message);
  console.log('promise', await dns.promises.lookup('::1'));
  await dns.promises.lookup('no-such-host.invalid').catch((e) => console.log('promise rejects', e.code));
  console.log('promisified', await promisify(dns.lookup)('127.0.0.1'));
})();
