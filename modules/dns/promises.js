'use strict';
// node:dns/promises — lookup(), lookupService() and the resolve* family
// as promises, and a Resolver whose methods return them.

const dns = require('dns');
const { Resolver: CallbackResolver, kinds } = require('internal/dns/resolver');

/** dnsPromises.lookup(hostname[, options]): { address, family }, or every
 * result with `all`. */
function lookup(hostname, options) {
  return new Promise((resolve, reject) => {
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
    return new Promise((resolve, reject) => {
      callbackForm.call(this, ...args, (err, result) => (err ? reject(err) : resolve(result)));
    });
  };
}

const defaultResolver = new Resolver();
const resolverMethods = {};
for (const method of [...Object.keys(kinds), 'resolve', 'reverse', 'getServers', 'setServers']) {
  resolverMethods[method] = (...args) => defaultResolver[method](...args);
}

module.exports = {
  lookup, lookupService, Resolver, ...resolverMethods,
  getDefaultResultOrder: dns.getDefaultResultOrder, setDefaultResultOrder: dns.setDefaultResultOrder,
};
