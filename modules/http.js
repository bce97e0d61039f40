'use strict';
// node:http: HTTP/1.1 servers and clients on the net plugin. Heads are
// parsed and framed in Rust (plugins/net/src/http); the objects and events
// are Node's.

const { METHODS, STATUS_CODES, validateHeaderName, validateHeaderValue } = require('internal/http/common');
const { IncomingMessage } = require('internal/http/incoming');
const { OutgoingMessage } = require('internal/http/outgoing');
const { Server, ServerResponse } = require('internal/http/server');
const { ClientRequest } = require('internal/http/client');
const { Agent, globalAgent } = require('internal/http/agent');

let maxHeaderSize = 16 * 1024;

/** A new http.Server; `requestListener` handles 'request'. */
function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

/** A request to `url`/`options`; `callback` handles 'response'. */
function request(url, options, callback) {
  return new ClientRequest(url, options, callback);
}

/** A GET request, ended at once. */
function get(url, options, callback) {
  const req = request(url, options, callback);
  req.end();
  return req;
}

module.exports = {
  METHODS: METHODS.slice(),
  STATUS_CODES,
  Agent,
  ClientRequest,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  validateHeaderName,
  validateHeaderValue,
  get,
  request,
  setMaxIdleHTTPParsers(max) {
    require('internal/errors').validateInteger(max, 'max', 1);
  },
  get maxHeaderSize() {
    return maxHeaderSize;
  },
  get globalAgent() {
    return globalAgent.current;
  },
  set globalAgent(agent) {
    globalAgent.current = agent;
  },
};
