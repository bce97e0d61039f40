'use strict';
// node:dns/promises — lookup(), lookupService() and the resolve* family
// as promises, and a Resolver whose methods return them.

const dns = require('dns');
const { Resolver: CallbackResolver, kinds } = require('internal/dns/resolver');

/** dnsPromises.lookup(hostname[, options]): { address, family }, or every
 * result with `all`. */
function lookup(hostname, options) {
  return new Promise((resolve, reject) => {
    dns._validateHostname(hostname);
    const settle = (err, address, family) => {
      if (err) reject(err);
      else resolve(Array.isArray(address) ? address : { address, family });
    };
    dns.lookup(hostname, options, settle);
  });
}

/** dnsPromises.lookupService(address, port): { hostname, service }. */
function lookupService(address, port) {
  return new Promise((resolve, reject) => {
    dns.lookupService(address, port, (err, hostname, service) => (err ? reject(err) : resolve({ hostname, service })));
  });
}

/** A Resolver whose queries return promises. */
class Resolver extends CallbackResolver {}

for (const method of [...Object.keys(kinds), 'resolve', 'reverse']) {
  const callbackForm = CallbackResolver.prototype[method];
  Resolver.prototype[method] = function (...args) {
    // Bad arguments throw at once, as Node's promise API does.
    let settle;
    const promise = new Promise((resolve, reject) => {
      settle = (err, result) => (err ? reject(err) : resolve(result));
    });
    callbackForm.call(this, ...args, settle);
    return promise;
  };
}

const defaultResolver = new Resolver();
const resolverMethods = {};
for (const method of [...Object.keys(kinds), 'resolve', 'reverse', 'getServers', 'setServers']) {
  resolverMethods[method] = (...args) => defaultResolver[method](...args);
}

const errorCodes = Object.fromEntries(Object.entries(dns).filter(([key, value]) =>
  typeof value === 'string' && /^[A-Z]+$/.test(key) && value.startsWith('E')));

module.exports = {
  lookup, lookupService, Resolver, ...resolverMethods, ...errorCodes,
  getDefaultResultOrder: dns.getDefaultResultOrder, setDefaultResultOrder: dns.setDefaultResultOrder,
};
