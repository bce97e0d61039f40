'use strict';
// dns.Resolver and the resolve* functions: DNS questions asked by the dns
// plugin over UDP (TCP for long answers) to this resolver's servers, the
// answers shaped as Node (c-ares) gives them, errors with c-ares' codes.

const { codes, validateFunction, validateString, validateNumber } = require('internal/errors');
const { isIP } = require('internal/net/ip');

const ops = binding.ops.dns;

/** Record types by resolve* name, and the syscall Node names in errors. */
const kinds = {
  resolve4: ['A', 'queryA'], resolve6: ['AAAA', 'queryAaaa'], resolveAny: ['ANY', 'queryAny'],
  resolveCname: ['CNAME', 'queryCname'], resolveMx: ['MX', 'queryMx'], resolveNs: ['NS', 'queryNs'],
  resolvePtr: ['PTR', 'queryPtr'], resolveSoa: ['SOA', 'querySoa'], resolveSrv: ['SRV', 'querySrv'],
  resolveTxt: ['TXT', 'queryTxt'],
};
const byType = Object.fromEntries(Object.entries(kinds).map(([method, [type]]) => [type, method]));

let systemServers = null;

/** The name servers every new Resolver starts with (`/etc/resolv.conf`). */
function defaultServers() {
  systemServers ??= ops.system_servers().map((ip) => [ip, 53]);
  return systemServers.slice();
}

class Resolver {
  constructor(options = undefined) {
    const timeout = options?.timeout ?? -1;
    validateNumber(timeout, 'options.timeout');
    const tries = options?.tries ?? 4;
    validateNumber(tries, 'options.tries');
    this._timeout = timeout === -1 ? 5000 : timeout;
    this._tries = tries;
    this._servers = defaultServers();
    this._pending = new Set();
  }

  getServers() {
    return this._servers.map(([ip, port]) => {
      if (port === 53) return ip;
      return isIP(ip) === 6 ? `[${ip}]:${port}` : `${ip}:${port}`;
    });
  }

  setServers(servers) {
    if (!Array.isArray(servers)) throw codes.ERR_INVALID_ARG_TYPE('servers', 'Array', servers);
    this._servers = servers.map((server, i) => {
      validateString(server, `servers[${i}]`);
      return parseServer(server);
    });
  }

  /** Ends every pending query with ECANCELLED. */
  cancel() {
    for (const query of this._pending) query.cancel();
  }

  /** Checked as Node checks it (one address of each family at most);
   * queries still go out from the system's choice of address. */
  setLocalAddress(ipv4, ipv6) {
    validateString(ipv4, 'ipv4');
    if (ipv6 !== undefined) validateString(ipv6, 'ipv6');
    const first = isIP(ipv4);
    const second = ipv6 === undefined ? 0 : isIP(ipv6);
    if (first === 0 || (ipv6 !== undefined && second === 0)) throw invalidValue('Invalid IP address.');
    if (first === second) throw invalidValue(`Cannot specify two IPv${first} addresses.`);
  }

  resolve(hostname, rrtype, callback) {
    if (typeof rrtype === 'function') {
      callback = rrtype;
      rrtype = 'A';
    } else if (rrtype === undefined) {
      rrtype = 'A';
    }
    validateString(rrtype, 'rrtype');
    const method = byType[rrtype];
    if (method === undefined) throw codes.ERR_INVALID_ARG_VALUE('rrtype', rrtype);
    return this[method](hostname, callback);
  }

  reverse(ip, callback) {
    validateString(ip, 'ip');
    validateFunction(callback, 'callback');
    const name = reverseName(ip);
    if (name === null) {
      const err = new Error(`getHostByAddr EINVAL ${ip}`);
      Object.assign(err, { errno: -22, code: 'EINVAL', syscall: 'getHostByAddr', hostname: ip });
      throw err;
    }
    this._ask(name, 'PTR', 'getHostByAddr', ip, {}, callback);
  }

  /** Sends one question; `callback(err, records)` with Node's shapes. */
  _ask(name, type, syscall, hostname, options, callback) {
    let done = false;
    const query = {
      cancel: () => finish(failure('ECANCELLED', syscall, hostname)),
    };
    const finish = (err, found) => {
      if (done) return;
      done = true;
      this._pending.delete(query);
      if (err) callback(err);
      else callback(null, shape(type, found, options));
    };
    this._pending.add(query);
    ops.query((err, found) => finish(err ? failure(err.code, syscall, hostname) : null, found),
      name, type, this._servers, this._timeout, this._tries);
    return query;
  }
}

for (const [method, [type, syscall]] of Object.entries(kinds)) {
  Resolver.prototype[method] = function (hostname, options, callback) {
    if (typeof options === 'function') {
      callback = options;
      options = {};
    }
    validateString(hostname, 'name');
    validateFunction(callback, 'callback');
    return this._ask(hostname, type, syscall, hostname, options ?? {}, callback);
  };
}

/** The plugin's [type, ttl, ...fields] records as Node's results. */
function shape(type, found, options) {
  const one = ([kind, ttl, ...fields]) => {
    switch (kind) {
      case 'A': case 'AAAA': return options.ttl ? { address: fields[0], ttl } : fields[0];
      case 'CNAME': case 'NS': case 'PTR': return fields[0];
      case 'MX': return { exchange: fields[1], priority: fields[0], type: 'MX' };
      case 'TXT': return fields[0];
      case 'SRV': return { name: fields[3], port: fields[2], priority: fields[0], weight: fields[1], type: 'SRV' };
      case 'SOA': {
        const [nsname, hostmaster, serial, refresh, retry, expire, minttl] = fields;
        return { nsname, hostmaster, serial, refresh, retry, expire, minttl };
      }
    }
    return undefined;
  };
  if (type === 'ANY') {
    return found.map((record) => {
      const value = one(record);
      const kind = record[0];
      if (kind === 'A' || kind === 'AAAA') return { address: record[2], ttl: record[1], type: kind };
      if (typeof value === 'string') return { value, type: kind };
      if (Array.isArray(value)) return { entries: value, type: kind };
      return { ...value, type: kind };
    });
  }
  if (type === 'SOA') return one(found[0]);
  return found.map(one);
}

function invalidValue(message) {
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_ARG_VALUE';
  return err;
}

/** Node's error for a failed query: `queryA ENOTFOUND name`. */
function failure(code, syscall, hostname) {
  const err = new Error(`${syscall} ${code} ${hostname}`);
  err.code = code;
  err.syscall = syscall;
  err.hostname = hostname;
  return err;
}

/** `ip`, `ip:port`, `[ip]` or `[ip]:port` as [ip, port]. */
function parseServer(server) {
  let ip = server;
  let port = 53;
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(server);
  if (bracketed) {
    ip = bracketed[1];
    if (bracketed[2] !== undefined) port = Number(bracketed[2]);
  } else if (isIP(server) !== 6) {
    const colon = server.lastIndexOf(':');
    if (colon !== -1) {
      ip = server.slice(0, colon);
      port = Number(server.slice(colon + 1));
    }
  }
  if (isIP(ip) === 0) throw codes.ERR_INVALID_IP_ADDRESS(ip);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw codes.ERR_SOCKET_BAD_PORT('Port', port);
  return [ip, port];
}

/** The PTR name of an IP address, or null when it is not one. */
function reverseName(ip) {
  const family = isIP(ip);
  if (family === 4) return `${ip.split('.').reverse().join('.')}.in-addr.arpa`;
  if (family !== 6) return null;
  const halves = ip.split('::');
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length > 1 && halves[1] ? halves[1].split(':') : [];
  const groups = [...head, ...Array(8 - head.length - tail.length).fill('0'), ...tail];
  const nibbles = groups.map((g) => g.padStart(4, '0')).join('');
  return `${[...nibbles].reverse().join('.')}.ip6.arpa`;
}

const defaultResolver = new Resolver();

module.exports = { Resolver, defaultResolver, kinds };
