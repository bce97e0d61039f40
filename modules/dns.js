'use strict';
// node:dns — lookup() and lookupService() through the system resolver
// (getaddrinfo and getnameinfo on the thread pool, as Node does), and the
// DNS protocol functions (resolve*, reverse, Resolver) asked directly of
// the configured name servers.

const { codes, validateFunction, validateString } = require('internal/errors');
const { isIP } = require('internal/net/ip');
const { validatePort } = require('internal/net/socket');
const { Resolver, defaultResolver, kinds } = require('internal/dns/resolver');

const ops = binding.ops.dns;

const ADDRCONFIG = 1024; // AI_ADDRCONFIG
const V4MAPPED = 2048; // AI_V4MAPPED
const ALL = 256; // AI_ALL
const orders = ['verbatim', 'ipv4first', 'ipv6first'];
let defaultOrder = 'verbatim';

/** The family, hints, all and order of lookup()'s options, validated. */
function lookupOptions(options) {
  let family = 0;
  let hints = 0;
  let all = false;
  let order = defaultOrder;
  if (typeof options === 'number') {
    family = familyOf(options, 'family');
  } else if (options !== undefined && options !== null) {
    if (typeof options !== 'object') throw codes.ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
    if (options.family != null) family = familyOf(options.family, 'options.family');
    if (options.hints != null) {
      hints = options.hints;
      if (typeof hints !== 'number') throw codes.ERR_INVALID_ARG_TYPE('options.hints', 'number', hints);
      if ((hints & ~(ADDRCONFIG | V4MAPPED | ALL)) !== 0) throw codes.ERR_INVALID_ARG_VALUE('hints', hints);
    }
    if (options.all != null) {
      if (typeof options.all !== 'boolean') throw codes.ERR_INVALID_ARG_TYPE('options.all', 'boolean', options.all);
      all = options.all;
    }
    if (options.verbatim != null) {
      if (typeof options.verbatim !== 'boolean') {
        throw codes.ERR_INVALID_ARG_TYPE('options.verbatim', 'boolean', options.verbatim);
      }
      order = options.verbatim ? 'verbatim' : 'ipv4first';
    }
    if (options.order != null) order = validateOrder(options.order, 'options.order');
  }
  return { family, hints, all, order };
}

function familyOf(value, name) {
  if (value === 'IPv4') return 4;
  if (value === 'IPv6') return 6;
  if (value !== 0 && value !== 4 && value !== 6) {
    throw codes.ERR_INVALID_ARG_VALUE(name, value, 'must be one of: 0, 4, 6');
  }
  return value;
}

function validateOrder(order, name) {
  if (!orders.includes(order)) {
    throw codes.ERR_INVALID_ARG_VALUE(name, order, `must be one of: ${orders.map((o) => `'${o}'`).join(', ')}`);
  }
  return order;
}

/** The resolver's [address, family] pairs as lookup results, in `order`. */
function ordered(found, order) {
  const results = found.map(([address, family]) => ({ address, family }));
  if (order === 'ipv4first') results.sort((a, b) => a.family - b.family);
  else if (order === 'ipv6first') results.sort((a, b) => b.family - a.family);
  return results;
}

/** Starts a lookup; `done(err, results)` gets the ordered results. */
function resolveHost(hostname, { family, hints, order }, done) {
  const literal = isIP(hostname);
  if (literal !== 0 && (family === 0 || family === literal)) {
    process.nextTick(done, null, [{ address: hostname, family: literal }]);
    return;
  }
  ops.getaddrinfo((err, found) => (err ? done(err) : done(null, ordered(found, order))), hostname, family, hints);
}

/** Node 26 refuses an empty (or any falsy) host name. */
function validateHostname(hostname) {
  if (!hostname) throw codes.ERR_INVALID_ARG_VALUE('hostname', hostname, 'must be a non-empty string');
  validateString(hostname, 'hostname');
}

/** dns.lookup(hostname[, options], callback). */
function lookup(hostname, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateHostname(hostname);
  validateFunction(callback, 'callback');
  const settings = lookupOptions(options);
  resolveHost(hostname, settings, (err, results) => {
    if (err) callback(err);
    else if (settings.all) callback(null, results);
    else callback(null, results[0].address, results[0].family);
  });
  return {};
}

// util.promisify(dns.lookup) resolves to { address, family }, as Node's.
Object.defineProperty(lookup, Symbol.for('nodejs.util.promisify.custom'), {
  value: (hostname, options) => require('dns/promises').lookup(hostname, options),
});

/** dns.lookupService(address, port, callback): (err, hostname, service). */
function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw codes.ERR_MISSING_ARGS('address', 'port', 'callback');
  validateString(address, 'address');
  if (isIP(address) === 0) throw codes.ERR_INVALID_ARG_VALUE('address', address);
  port = validatePort(port);
  validateFunction(callback, 'callback');
  ops.getnameinfo((err, found) => (err ? callback(err) : callback(null, found[0], found[1])), address, port);
  return {};
}

function getDefaultResultOrder() {
  return defaultOrder;
}

function setDefaultResultOrder(order) {
  defaultOrder = validateOrder(order, 'dnsOrder');
}

const resolverMethods = {};
for (const method of [...Object.keys(kinds), 'resolve', 'reverse', 'getServers', 'setServers']) {
  resolverMethods[method] = (...args) => defaultResolver[method](...args);
}

module.exports = {
  ADDRCONFIG, V4MAPPED, ALL, lookup, lookupService, Resolver, getDefaultResultOrder, setDefaultResultOrder,
  ...resolverMethods,
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND', NOTIMP: 'ENOTIMP',
  REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME', BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP',
  CONNREFUSED: 'ECONNREFUSED', TIMEOUT: 'ETIMEOUT', EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM',
  DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR', BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME', BADHINTS: 'EBADHINTS',
  NOTINITIALIZED: 'ENOTINITIALIZED', LOADIPHLPAPI: 'ELOADIPHLPAPI', ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS',
  CANCELLED: 'ECANCELLED',
};
Object.defineProperty(module.exports, 'promises', { enumerable: true, get: () => require('dns/promises') });
Object.defineProperty(module.exports, '_resolveHost', { value: resolveHost });
Object.defineProperty(module.exports, '_validateHostname', { value: validateHostname });
