'use strict';
// node:_http_incoming, the public alias Node keeps for http.IncomingMessage.
module.exports = { IncomingMessage: require('internal/http/incoming').IncomingMessage };
