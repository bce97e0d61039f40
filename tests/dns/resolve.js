// dns.Resolver against a tiny DNS server on 127.0.0.1 (its port is the
// first argument): every record type the zone has, the shapes Node gives
// them, the errors for names the server refuses, fails, does not know or
// has no such records for, a timeout, a truncated answer retried over TCP,
// reverse lookups and the promise API.
const dns = require('dns');
const { Resolver } = dns;
const port = process.argv[2];

const resolver = new Resolver({ timeout: 300, tries: 1 });
resolver.setServers([`127.0.0.1:${port}`]);
console.log('servers', JSON.stringify(resolver.getServers()).replace(port, 'PORT'));

const show = (label) => (err, value) => {
  if (err) console.log(label, 'error', err.code, err.syscall, err.hostname, err.message);
  else console.log(label, JSON.stringify(value));
};

const steps = [
  (next) => resolver.resolve4('www.test', (e, v) => { show('A')(e, v); next(); }),
  (next) => resolver.resolve4('www.test', { ttl: true }, (e, v) => { show('A ttl')(e, v); next(); }),
  (next) => resolver.resolve6('www.test', (e, v) => { show('AAAA')(e, v); next(); }),
  (next) => resolver.resolve('www.test', 'A', (e, v) => { show('resolve A')(e, v); next(); }),
  (next) => resolver.resolveMx('test', (e, v) => { show('MX')(e, v); next(); }),
  (next) => resolver.resolveTxt('test', (e, v) => { show('TXT')(e, v); next(); }),
  (next) => resolver.resolveSrv('_http._tcp.test', (e, v) => { show('SRV')(e, v); next(); }),
  (next) => resolver.resolveCname('alias.test', (e, v) => { show('CNAME')(e, v); next(); }),
  (next) => resolver.resolveNs('test', (e, v) => { show('NS')(e, v); next(); }),
  (next) => resolver.resolveSoa('test', (e, v) => { show('SOA')(e, v); next(); }),
  (next) => resolver.resolvePtr('4.3.2.1.in-addr.arpa', (e, v) => { show('PTR')(e, v); next(); }),
  (next) => resolver.reverse('1.2.3.4', (e, v) => { show('reverse')(e, v); next(); }),
  (next) => resolver.resolveTxt('big.test', (e, v) => { show('TXT over TCP')(e, v && [v.length, v[0][0].length]); next(); }),
  (next) => resolver.resolve4('missing.test', (e, v) => { show('NXDOMAIN')(e, v); next(); }),
  (next) => resolver.resolveMx('www.test', (e, v) => { show('no MX')(e, v); next(); }),
  (next) => resolver.resolve4('fail.test', (e, v) => { show('SERVFAIL')(e, v); next(); }),
  (next) => resolver.resolve4('refused.test', (e, v) => { show('REFUSED')(e, v); next(); }),
  (next) => resolver.resolve4('slow.test', (e, v) => { show('timeout')(e, v); next(); }),
  (next) => {
    for (const bad of [() => resolver.resolve4(42, () => {}), () => resolver.resolve('x', 'BOGUS', () => {}),
      () => resolver.setServers(['not-an-ip']), () => resolver.setServers('1.2.3.4'), () => resolver.reverse('zz', () => {}),
      () => new Resolver({ timeout: 'x' }), () => resolver.resolve4('x')]) {
      try { bad(); console.log('no error'); } catch (err) { console.log('throws', err.name, err.code, err.message); }
    }
    next();
  },
  (next) => {
    const p = new dns.promises.Resolver({ timeout: 300, tries: 1 });
    p.setServers([`127.0.0.1:${port}`]);
    p.resolveMx('test').then((v) => console.log('promise MX', JSON.stringify(v)))
      .then(() => p.resolve4('missing.test'))
      .catch((err) => console.log('promise error', err.code, err.message))
      .then(next);
  },
  (next) => {
    const query = resolver.resolve4('slow.test', (e) => { console.log('cancelled', e.code, e.message); next(); });
    resolver.cancel();
    void query;
  },
];

(function run(i) {
  if (i < steps.length) steps[i](() => run(i + 1));
})(0);
