// dns.lookupService through getnameinfo(3) on the thread pool, and its bad input.
const dns = require('dns');
dns.lookupService('127.0.0.1', 22, (err, host, service) => {
  console.log(err && err.code, host, service);
  dns.promises.lookupService('127.0.0.1', 80).then((r) => console.log(r));
  for (const bad of [() => dns.lookupService('x', 1, () => {}), () => dns.lookupService('127.0.0.1', 99999, () => {}), () => dns.lookupService('127.0.0.1', 1)]) {
    try { bad(); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  console.log(typeof dns.resolve4, typeof dns.Resolver, dns.getServers().length > 0);
});
