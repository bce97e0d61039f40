'use strict';
// What node:http's server and client share: the method and status tables,
// header validation, and the bits the net plugin's `http_send` reads.

const { Buffer } = require('buffer');
const { codes, validateString } = require('internal/errors');

/** The methods Node's parser accepts. */
const METHODS = [
  'ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK', 'M-SEARCH', 'MERGE',
  'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS', 'PATCH', 'POST', 'PROPFIND', 'PROPPATCH',
  'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH', 'SOURCE', 'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK',
  'UNLOCK', 'UNSUBSCRIBE',
];

/** Reason phrases by status code. */
const STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content',
  205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status', 208: 'Already Reported', 226: 'IM Used',
  300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified',
  305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 406: 'Not Acceptable', 407: 'Proxy Authentication Required', 408: 'Request Timeout',
  409: 'Conflict', 410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed', 413: 'Payload Too Large',
  414: 'URI Too Long', 415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed',
  418: "I'm a Teapot", 421: 'Misdirected Request', 422: 'Unprocessable Entity', 423: 'Locked',
  424: 'Failed Dependency', 425: 'Too Early', 426: 'Upgrade Required', 428: 'Precondition Required',
  429: 'Too Many Requests', 431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
  504: 'Gateway Timeout', 505: 'HTTP Version Not Supported', 506: 'Variant Also Negotiates',
  507: 'Insufficient Storage', 508: 'Loop Detected', 509: 'Bandwidth Limit Exceeded', 510: 'Not Extended',
  511: 'Network Authentication Required',
};

const tokenPattern = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
const invalidHeaderChar = /[^\t\x20-\x7e\x80-\xff]/;

/** Whether `value` is an HTTP token (a method or header name). */
function checkIsHttpToken(value) {
  return tokenPattern.test(value);
}

/** Whether `value` holds a character no header value may carry. */
function checkInvalidHeaderChar(value) {
  return invalidHeaderChar.test(value);
}

/** Throws ERR_INVALID_HTTP_TOKEN unless `name` is a valid header name. */
function validateHeaderName(name, label = undefined) {
  if (typeof name !== 'string' || !checkIsHttpToken(name)) {
    throw codes.ERR_INVALID_HTTP_TOKEN(label || 'Header name', name);
  }
}

/** Throws unless `value` may be sent as header `name`'s value. */
function validateHeaderValue(name, value) {
  if (value === undefined) throw codes.ERR_HTTP_INVALID_HEADER_VALUE(value, name);
  if (checkInvalidHeaderChar(String(value))) throw codes.ERR_INVALID_CHAR('header content', name);
}

/** How duplicate request headers merge, by lower-cased name: 0 the first
 * wins, 2 joined with '; ', 3 an array; any other is joined with ', '. */
const FIRST_WINS = 0;
const JOIN_SEMICOLON = 2;
const ARRAY = 3;
const mergeRules = { __proto__: null, cookie: JOIN_SEMICOLON, 'set-cookie': ARRAY };
for (const name of ['age', 'host', 'from', 'etag', 'server', 'referer', 'expires', 'location', 'user-agent',
  'retry-after', 'content-type', 'max-forwards', 'authorization', 'last-modified', 'content-length',
  'if-modified-since', 'proxy-authorization', 'if-unmodified-since']) {
  mergeRules[name] = FIRST_WINS;
}

/** Adds one received header to `dest` (an object of lower-cased names)
 * as Node merges duplicates. */
function addHeaderLine(dest, field, value, joinDuplicates) {
  const name = field.toLowerCase();
  const rule = mergeRules[name];
  const existing = dest[name];
  if (rule === ARRAY) {
    if (existing === undefined) dest[name] = [value];
    else existing.push(value);
  } else if (rule === FIRST_WINS) {
    if (existing === undefined) dest[name] = value;
    else if (joinDuplicates) dest[name] += ', ' + value;
  } else if (typeof existing === 'string') {
    dest[name] += (rule === JOIN_SEMICOLON ? '; ' : ', ') + value;
  } else {
    // Also a name the object inherits (`constructor`): not a header yet.
    dest[name] = value;
  }
}

/** Bits of `http_send`'s `wants` (plugins/net/src/http/head.rs). */
const wants = {
  BODY: 1, KEEP_ALIVE: 2, CHUNKED_BY_DEFAULT: 4, DATE: 8, AGENT: 16, LAST_REQUEST: 32,
  NO_CONNECTION: 64, NO_LENGTH: 128, NO_TRANSFER_ENCODING: 256, BODILESS_STATUS: 512,
};

/** Bits of what `http_send` decided. */
const decided = { LAST: 1, CHUNKED: 2, BAD_TRAILER: 4 };

/** Parser event tags and head flags (plugins/net/src/http/parser.rs). */
const events = { HEAD: 0, BODY: 1, END: 2, ERROR: 3, UPGRADE: 4, PARTIAL_HEAD: 5 };
const headFlags = { KEEP_ALIVE: 1, UPGRADE: 2, COMPLETE: 4, HAS_HOST: 8, HAS_EXPECT: 16 };

/** The error a parser event reports, shaped as Node's parse errors. */
function parseError([, code, reason, bytesParsed, rawPacket]) {
  // An error at the end of the connection has no packet, and Node leaves
  // its reason out of the message.
  const err = new Error(rawPacket === undefined ? 'Parse Error' : `Parse Error: ${reason}`);
  err.bytesParsed = bytesParsed;
  err.code = code;
  err.reason = reason;
  if (rawPacket !== undefined) err.rawPacket = Buffer.from(rawPacket);
  return err;
}

/** Validates a method given to a request. */
function validateMethod(method) {
  if (method === undefined || method === null) return 'GET';
  validateString(method, 'options.method');
  if (method === '') return 'GET';
  if (!checkIsHttpToken(method)) throw codes.ERR_INVALID_HTTP_TOKEN('Method', method);
  return method.toUpperCase();
}

module.exports = {
  METHODS, STATUS_CODES, checkIsHttpToken, checkInvalidHeaderChar, validateHeaderName, validateHeaderValue,
  addHeaderLine, wants, decided, events, headFlags, parseError, validateMethod,
};
