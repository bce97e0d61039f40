'use strict';
// Network errors in Node's two shapes: "connect ECONNREFUSED 127.0.0.1:80"
// (a failed connect or write) and "listen EADDRINUSE: address already in
// use :::80" (a failed listen, with libuv's description).

/** `syscall code address:port`, from a plugin's system error. */
function exceptionWithHostPort(error, syscall, address, port) {
  return withHostPort(error, syscall, address, port, false);
}

/** `syscall code: description address:port`, from a plugin's system error. */
function uvExceptionWithHostPort(error, syscall, address, port) {
  return withHostPort(error, syscall, address, port, true);
}

function withHostPort(error, syscall, address, port, described) {
  const errno = typeof error === 'number' ? error : error.errno;
  const entry = require('internal/errno').lookup(errno);
  const code = entry ? entry[1] : 'UNKNOWN';
  const details = port > 0 ? `${address}:${port}` : address;
  const head = described ? `${syscall} ${code}: ${entry ? entry[2] : 'unknown error'}` : `${syscall} ${code}`;
  const err = new Error(details === undefined ? head : `${head} ${details}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  if (address !== undefined) err.address = address;
  if (port > 0) err.port = port;
  return err;
}

module.exports = { exceptionWithHostPort, uvExceptionWithHostPort };
