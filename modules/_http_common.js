'use strict';
// node:_http_common: the helpers of Node's HTTP modules that programs use
// (the parser itself is the net plugin's and is not exposed).
const { METHODS, checkIsHttpToken, checkInvalidHeaderChar } = require('internal/http/common');

module.exports = {
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
  _checkIsHttpToken: checkIsHttpToken,
  chunkExpression: /(?:^|\W)chunked(?:$|\W)/i,
  continueExpression: /(?:^|\W)100-continue(?:$|\W)/i,
  CRLF: '\r\n',
  methods: METHODS.slice().sort(),
};
