'use strict';
// Network errors in Node's two shapes: "connect ECONNREFUSED 127.0.0.1:80"
// (a failed connect or write: Node's errnoException with the address) and
// "listen EADDRINUSE: address already in use :::80" (a failed listen, with
// libuv's description), each with `address` and `port` set.

const { errnoException } = require('internal/errors');

/** `syscall code address:port`, from a plugin's system error or an errno. */
function exceptionWithHostPort(error, syscall, address, port) {
  return withHostPort(errnoException(errnoOf(error), syscall, hostPort(address, port)), address, port);
}

/** `syscall code: description address:port`, from a plugin's system error. */
function uvExceptionWithHostPort(error, syscall, address, port) {
  const err = errnoException(errnoOf(error), syscall);
  const description = require('internal/errno').lookup(err.errno)?.[2] ?? 'unknown error';
  const details = hostPort(address, port);
  err.message = `${syscall} ${err.code}: ${description}${details === undefined ? '' : ` ${details}`}`;
  Error.captureStackTrace(err, uvExceptionWithHostPort);
  return withHostPort(err, address, port);
}

function errnoOf(error) {
  return typeof error === 'number' ? error : error.errno;
}

function hostPort(address, port) {
  return port > 0 ? `${address}:${port}` : address;
}

function withHostPort(err, address, port) {
  if (address !== undefined) err.address = address;
  if (port > 0) err.port = port;
  return err;
}

module.exports = { exceptionWithHostPort, uvExceptionWithHostPort };
