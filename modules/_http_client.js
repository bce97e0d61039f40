'use strict';
// node:_http_client, the public alias Node keeps for http.ClientRequest.
const { ClientRequest } = require('internal/http/client');

module.exports = { ClientRequest: ClientRequest };
