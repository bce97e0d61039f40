'use strict';
// node:_http_outgoing, the public alias Node keeps for http.OutgoingMessage.
const { OutgoingMessage } = require('internal/http/outgoing');
const { validateHeaderName, validateHeaderValue } = require('internal/http/common');

module.exports = { OutgoingMessage, validateHeaderName, validateHeaderValue };
