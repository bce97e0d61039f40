'use strict';
// IP address literals as node:net recognises them (net.isIP and friends):
// dotted-quad IPv4 without leading zeros, and every RFC 4291 IPv6 form,
// with an embedded IPv4 tail and an optional zone (`fe80::1%eth0`).

const octet = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)';
const ipv4 = `(?:${octet}\\.){3}${octet}`;
const group = '[0-9a-fA-F]{1,4}';
const tail = `(?:${group}:${group}|${ipv4})`; // the last 32 bits
const ipv6 = [
  `(?:${group}:){6}${tail}`,
  `::(?:${group}:){5}${tail}`,
  `(?:${group})?::(?:${group}:){4}${tail}`,
  `(?:(?:${group}:){0,1}${group})?::(?:${group}:){3}${tail}`,
  `(?:(?:${group}:){0,2}${group})?::(?:${group}:){2}${tail}`,
  `(?:(?:${group}:){0,3}${group})?::${group}:${tail}`,
  `(?:(?:${group}:){0,4}${group})?::${tail}`,
  `(?:(?:${group}:){0,5}${group})?::${group}`,
  `(?:(?:${group}:){0,6}${group})?::`,
].join('|');
const IPV4 = new RegExp(`^${ipv4}$`);
const IPV6 = new RegExp(`^(?:${ipv6})(?:%[0-9a-zA-Z_.~-]+)?$`);

/** Whether `input` is an IPv4 literal. */
function isIPv4(input) {
  return IPV4.test(`${input}`);
}

/** Whether `input` is an IPv6 literal. */
function isIPv6(input) {
  return IPV6.test(`${input}`);
}

/** 4, 6, or 0 when `input` is not an IP literal. */
function isIP(input) {
  if (isIPv4(input)) return 4;
  if (isIPv6(input)) return 6;
  return 0;
}

module.exports = { isIP, isIPv4, isIPv6 };
