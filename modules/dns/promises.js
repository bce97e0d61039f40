'use strict';
// node:dns/promises — lookup() as a promise.

const dns = require('dns');

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

module.exports = {
  lookup, getDefaultResultOrder: dns.getDefaultResultOrder, setDefaultResultOrder: dns.setDefaultResultOrder,
};
