'use strict';
// node:_http_server, the public alias Node keeps for http.Server.
const { Server, ServerResponse } = require('internal/http/server');
const { STATUS_CODES } = require('internal/http/common');

module.exports = { STATUS_CODES, Server: Server, ServerResponse };
