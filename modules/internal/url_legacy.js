'use strict';
// node:url's legacy API: the Url objects of url.parse(), their format(),
// resolve() and resolveObject(), with Node's lenient parsing rules.

const { codes, makeError, validateString } = require('internal/errors');
const { encodeStr, keepTable } = require('internal/querystring');
const { domainToASCII } = require('internal/url');
const querystring = require('querystring');

const slashedProtocols = new Set(['http', 'https', 'ftp', 'gopher', 'file', 'ws', 'wss'].flatMap((p) => [p, `${p}:`]));
const hostlessProtocols = new Set(['javascript', 'javascript:']);
const authKeep = keepTable("-_.!~*'():");
// Characters that may not be part of a host (RFC 2396) and end it,
// unless an '@' follows.
const nonHostChars = ' "%\';<>\\^`{|}';
// Characters escaped in the path, search and hash whatever else they hold.
const autoEscapePattern = /[\t\n\r "'<>\\^`{|}]/g;
const autoEscape = (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
const simplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const isSpace = (code) => code < 33 || code === 0xa0 || code === 0xfeff;
const isIpv6 = (hostname) => hostname.startsWith('[') && hostname.endsWith(']');

function invalidURL(input) {
  const err = makeError(TypeError, 'ERR_INVALID_URL', 'Invalid URL');
  err.input = input;
  Error.captureStackTrace?.(err, Url.prototype.parse);
  return err;
}

/** A legacy URL object: every part null until parse() fills it in. */
function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

/** The trimmed input with backslashes before any '?' or '#' made '/',
 * and whether it has a '#' and an '@' before its search or hash. */
function prepare(url) {
  let start = 0;
  let end = url.length;
  while (start < end && isSpace(url.charCodeAt(start))) start++;
  while (end > start && isSpace(url.charCodeAt(end - 1))) end--;
  const text = url.slice(start, end);
  let split = text.search(/[?#]/);
  if (split === -1) split = text.length;
  const head = text.slice(0, split);
  return {
    rest: head.replaceAll('\\', '/') + text.slice(split),
    hasHash: text.includes('#'),
    hasAt: head.includes('@'),
  };
}

/** The Punycode form of a lower-cased hostname, '' when it is invalid
 * (a lone surrogate, say). ASCII ones stay as they are; a trailing label
 * keeps the WHATWG host parser from reading the result as an IPv4 address. */
function toASCII(hostname) {
  if (!/[^\x00-\x7f]/.test(hostname)) return hostname;
  if (!hostname.isWellFormed()) return '';
  const ascii = domainToASCII(`${hostname}.a`);
  return ascii.endsWith('.a') ? ascii.slice(0, -2) : '';
}

/** Parses `url` into this object (Node's url.parse algorithm). */
Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  validateString(url, 'url');
  const prepared = prepare(url);
  let rest = prepared.rest;

  if (!slashesDenoteHost && !prepared.hasHash && !prepared.hasAt) {
    const simple = simplePathPattern.exec(rest);
    if (simple) {
      this.path = rest;
      this.href = rest;
      this.pathname = simple[1];
      if (simple[2]) {
        this.search = simple[2];
        this.query = parseQueryString ? querystring.parse(simple[2].slice(1)) : simple[2].slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  const protoMatch = /^[a-z0-9.+-]+:/i.exec(rest);
  const proto = protoMatch?.[0];
  const lowerProto = proto?.toLowerCase();
  if (proto) {
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  let slashes = false;
  if (slashesDenoteHost || proto || /^\/\/[^@/]+@[^@/]+/.test(rest)) {
    slashes = rest.startsWith('//');
    if (slashes && !(proto && hostlessProtocols.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }
  // The case-sensitive test of `proto` is Node's: 'HTTP:x' has a host.
  if (!hostlessProtocols.has(lowerProto) && (slashes || (proto && !slashedProtocols.has(proto)))) {
    rest = takeHost(this, rest, url);
  }
  if (!hostlessProtocols.has(lowerProto)) rest = rest.replace(autoEscapePattern, autoEscape);

  const hashAt = rest.indexOf('#');
  if (hashAt !== -1) this.hash = rest.slice(hashAt);
  const questionAt = (hashAt === -1 ? rest : rest.slice(0, hashAt)).indexOf('?');
  if (questionAt !== -1) {
    this.search = rest.slice(questionAt, hashAt === -1 ? rest.length : hashAt);
    this.query = this.search.slice(1);
    if (parseQueryString) this.query = querystring.parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }

  const pathEnd = questionAt !== -1 ? questionAt : hashAt;
  if (pathEnd === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (pathEnd > 0) {
    this.pathname = rest.slice(0, pathEnd);
  }
  if (slashedProtocols.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';
  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

// Reads the auth and host at the start of `rest` into `self` and returns
// what follows them. The host ends at the first '/', '?' or '#' (tabs and
// newlines before it are dropped); an '@' before that makes everything up
// to the last '@' the auth.
function takeHost(self, rest, url) {
  let hostEnd = rest.search(/[/?#]/);
  if (hostEnd === -1) hostEnd = rest.length;
  rest = rest.slice(0, hostEnd).replace(/[\t\n\r]/g, '') + rest.slice(hostEnd);
  let atSign = -1;
  let nonHost = -1;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    if (c === '/' || c === '?' || c === '#') {
      if (nonHost === -1) nonHost = i;
      break;
    }
    if (c === '@') {
      atSign = i;
      nonHost = -1;
    } else if (nonHost === -1 && nonHostChars.includes(c)) {
      nonHost = i;
    }
  }
  if (atSign !== -1) self.auth = decodeURIComponent(rest.slice(0, atSign));
  const start = atSign + 1;
  self.host = nonHost === -1 ? rest.slice(start) : rest.slice(start, nonHost);
  rest = nonHost === -1 ? '' : rest.slice(nonHost);
  self.parseHost();
  if (typeof self.hostname !== 'string') self.hostname = '';

  const ipv6 = isIpv6(self.hostname);
  // Node 26 refuses a colon left in the hostname: a port that is not digits.
  if (!ipv6 && self.hostname.includes(':')) throw codes.ERR_INVALID_ARG_VALUE('url', 'Invalid port in url', url);
  self.hostname = self.hostname.length > 255 ? '' : self.hostname.toLowerCase();
  if (self.hostname !== '') {
    if (ipv6) {
      if (/[\0\t\n\r #%/<>?@\\^|]/.test(self.hostname)) throw invalidURL(url);
    } else {
      self.hostname = toASCII(self.hostname);
      if (self.hostname === '' || /[\0\t\n\r #%/:<>?@[\\\]^|]/.test(self.hostname)) throw invalidURL(url);
    }
  }
  self.host = self.hostname + (self.port ? `:${self.port}` : '');
  if (ipv6) {
    self.hostname = self.hostname.slice(1, -1);
    if (rest[0] !== '/') rest = `/${rest}`;
  }
  return rest;
}

/** The URL string of this object's parts (url.format() for legacy
 * objects): host wins over hostname and port, search over query. */
Url.prototype.format = function format() {
  const auth = this.auth ? `${encodeStr(this.auth, authKeep)}@` : '';
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const hostname = String(this.hostname);
    host = auth + (hostname.includes(':') && !isIpv6(hostname) ? `[${hostname}]` : hostname);
    if (this.port) host += `:${this.port}`;
  }
  let query = '';
  if (this.query !== null && typeof this.query === 'object') query = querystring.stringify(this.query);
  let search = String(this.search || (query && `?${query}`) || '');

  if (protocol && !protocol.endsWith(':')) protocol += ':';
  if (typeof pathname === 'string') pathname = pathname.replace(/[?#]/g, (c) => (c === '#' ? '%23' : '%3F'));
  // Only the slashed protocols get '//' (mailto: and the like do not),
  // unless the object asks for slashes.
  if (this.slashes || slashedProtocols.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname[0] !== '/') pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.startsWith('file')) {
      host = '//';
    }
  }
  search = search.replaceAll('#', '%23');
  if (hash && hash[0] !== '#') hash = `#${hash}`;
  if (search && search[0] !== '?') search = `?${search}`;
  return protocol + host + pathname + search + hash;
};

/** The href of `relative` (a string) resolved against this URL. */
Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(parseUrl(relative, false, true)).format();
};

function finish(result) {
  result.href = result.format();
  return result;
}

function setPath(result) {
  result.path = (result.pathname || '') + (result.search || '');
}

// An '@' in a host taken from a path ('mailto:a@b') splits off the auth.
function splitAuthFromHost(result) {
  if (result.host && result.host.indexOf('@') > 0) {
    const [auth, host] = result.host.split('@');
    result.auth = auth;
    result.host = result.hostname = host;
  }
}

/** A new Url: `relative` (a string or Url) resolved against this one, as
 * a browser resolves a link, with Node's legacy quirks. */
Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') relative = new Url().parse(relative, false, true);
  const result = Object.assign(new Url(), this);
  // The hash always comes from the relative URL, even an empty one.
  result.hash = relative.hash;
  if (relative.href === '') return finish(result);

  // '//host/path' keeps only the protocol.
  if (relative.slashes && !relative.protocol) {
    for (const key of Object.keys(relative)) {
      if (key !== 'protocol') result[key] = relative[key];
    }
    if (slashedProtocols.has(result.protocol) && result.hostname && !result.pathname) result.path = result.pathname = '/';
    return finish(result);
  }
  if (relative.protocol && relative.protocol !== result.protocol) return switchProtocol(result, relative);

  const isSourceAbs = result.pathname && result.pathname.charAt(0) === '/';
  const isRelAbs = relative.host || (relative.pathname && relative.pathname.charAt(0) === '/');
  const removeAllDots = isRelAbs || isSourceAbs || (result.host && relative.pathname);
  let mustEndAbs = removeAllDots;
  let srcPath = (result.pathname && result.pathname.split('/')) || [];
  const relPath = (relative.pathname && relative.pathname.split('/')) || [];
  // Protocols without '//' keep their host as the first path segment, so
  // that '..' can climb up to it.
  const noLeadingSlashes = result.protocol && !slashedProtocols.has(result.protocol);
  if (noLeadingSlashes) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') srcPath[0] = result.host;
      else srcPath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else relPath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
  }

  if (isRelAbs) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search != null) {
    // Only a search ('?x'): keep the path.
    if (noLeadingSlashes) {
      result.hostname = result.host = srcPath.shift();
      splitAuthFromHost(result);
    }
    result.search = relative.search;
    result.query = relative.query;
    if (result.pathname !== null || result.search !== null) setPath(result);
    return finish(result);
  }

  if (!srcPath.length) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    return finish(result);
  }

  // A path ending in '.' or '..' (or '/') keeps a trailing slash.
  let last = srcPath[srcPath.length - 1];
  const hasTrailingSlash = ((result.host || relative.host || srcPath.length > 1) && (last === '.' || last === '..')) ||
    last === '';
  let up = 0;
  for (let i = srcPath.length - 1; i >= 0; i--) {
    last = srcPath[i];
    if (last === '.') {
      srcPath.splice(i, 1);
    } else if (last === '..') {
      srcPath.splice(i, 1);
      up++;
    } else if (up) {
      srcPath.splice(i, 1);
      up--;
    }
  }
  // A relative result may climb above its start.
  if (!removeAllDots) {
    while (up--) srcPath.unshift('..');
  }
  if (mustEndAbs && srcPath[0] !== '' && !srcPath[0]?.startsWith('/')) srcPath.unshift('');
  if (hasTrailingSlash && !srcPath.join('/').endsWith('/')) srcPath.push('');

  const isAbsolute = srcPath[0] === '' || Boolean(srcPath[0]?.startsWith('/'));
  if (noLeadingSlashes) {
    result.hostname = result.host = isAbsolute || !srcPath.length ? '' : srcPath.shift();
    splitAuthFromHost(result);
  }
  mustEndAbs = mustEndAbs || (result.host && srcPath.length);
  if (mustEndAbs && !isAbsolute) srcPath.unshift('');
  if (srcPath.length > 0) {
    result.pathname = srcPath.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  if (result.pathname !== null || result.search !== null) setPath(result);
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  return finish(result);
};

/** Splits a trailing `:digits` off `host` into `port`; the rest, when not
 * empty, is the hostname. */
Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const port = /:[0-9]*$/.exec(host);
  if (port) {
    if (port[0] !== ':') this.port = port[0].slice(1);
    host = host.slice(0, host.length - port[0].length);
  }
  if (host) this.hostname = host;
};

// resolveObject() when the relative URL names another protocol.
function switchProtocol(result, relative) {
  if (!slashedProtocols.has(relative.protocol)) {
    Object.assign(result, relative);
    return finish(result);
  }
  result.protocol = relative.protocol;
  if (!relative.host && !/^file:?$/.test(relative.protocol)) {
    // 'http:a/b' against another protocol: the first segment is the host.
    const parts = (relative.pathname || '').split('/');
    while (parts.length && !(relative.host = parts.shift()));
    if (!relative.host) relative.host = '';
    if (!relative.hostname) relative.hostname = '';
    if (parts[0] !== '') parts.unshift('');
    if (parts.length < 2) parts.unshift('');
    result.pathname = parts.join('/');
  } else {
    result.pathname = relative.pathname;
  }
  result.search = relative.search;
  result.query = relative.query;
  result.host = relative.host || '';
  result.auth = relative.auth;
  result.hostname = relative.hostname || relative.host;
  result.port = relative.port;
  if (result.pathname || result.search) setPath(result);
  result.slashes = result.slashes || relative.slashes;
  return finish(result);
}

/** Parses a string into a Url (a Url is returned as it is). */
function parseUrl(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  return new Url().parse(url, parseQueryString, slashesDenoteHost);
}

module.exports = { Url, parseUrl };
