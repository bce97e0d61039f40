'use strict';
// node:net — TCP and Unix domain stream sockets (Socket, Server, connect,
// createServer) on the net plugin's kernel handles, and the IP literal
// checks.

const { Socket, normalizeConnectArgs, connectSocket, getDefaultAutoSelectFamily, setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout, setDefaultAutoSelectFamilyAttemptTimeout } = require('internal/net/socket');
const { Server } = require('internal/net/server');
const { callableClass } = require('internal/callable');
const { isIP, isIPv4, isIPv6 } = require('internal/net/ip');

/** net.createServer([options][, connectionListener]). */
function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

/** net.connect(options[, listener]), (port[, host][, listener]) or
 * (path[, listener]): a new Socket, connecting. */
function connect(...args) {
  const [options, callback] = normalizeConnectArgs(args);
  return connectSocket(new Socket(options), options, callback);
}

const CallableSocket = callableClass(Socket);

module.exports = {
  Server: callableClass(Server), Socket: CallableSocket, Stream: CallableSocket, createServer, connect, createConnection: connect,
  isIP, isIPv4, isIPv6, getDefaultAutoSelectFamily, setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout, setDefaultAutoSelectFamilyAttemptTimeout,
};
