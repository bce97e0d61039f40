'use strict';
// The WHATWG URL API: URL and URLSearchParams, and the file: URL helpers
// of node:url. Parsing is the url plugin's (ada, Node's own parser): a URL
// keeps the parts the plugin returns and asks it again for every setter.
// URLSearchParams is the application/x-www-form-urlencoded list of the
// URL Standard, kept in step with its URL's query.

const { codes, validateFunction } = require('internal/errors');
const fileHref = require('internal/modules/file_url');

const ops = binding.ops.url;
if (ops === undefined) throw new Error('URL is not available: this build has no url plugin');

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const [HREF, ORIGIN, PROTOCOL, USERNAME, PASSWORD, HOST, HOSTNAME, PORT, PATHNAME, SEARCH, HASH] =
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

// ---- application/x-www-form-urlencoded ----

/** The bytes-to-percent table of the urlencoded serializer: ASCII
 * alphanumerics and *-._ stay, space is '+'. */
function encodeFormComponent(text) {
  let out = '';
  for (const byte of new TextEncoder().encode(text)) {
    if ((byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a) ||
      byte === 0x2a || byte === 0x2d || byte === 0x2e || byte === 0x5f) {
      out += String.fromCharCode(byte);
    } else if (byte === 0x20) {
      out += '+';
    } else {
      out += `%${byte < 16 ? '0' : ''}${byte.toString(16).toUpperCase()}`;
    }
  }
  return out;
}

const hexValue = (code) => (code >= 0x30 && code <= 0x39 ? code - 0x30 : ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x66 ? (code | 0x20) - 0x57 : -1));

/** Percent-decodes a form component ('+' is a space) as UTF-8. */
function decodeFormComponent(text) {
  const bytes = new TextEncoder().encode(text.replaceAll('+', ' '));
  const out = new Uint8Array(bytes.length);
  let length = 0;
  for (let i = 0; i < bytes.length; i++) {
    const high = bytes[i] === 0x25 && i + 2 < bytes.length ? hexValue(bytes[i + 1]) : -1;
    const low = high >= 0 ? hexValue(bytes[i + 2]) : -1;
    if (low >= 0) {
      out[length++] = high * 16 + low;
      i += 2;
    } else {
      out[length++] = bytes[i];
    }
  }
  return new TextDecoder().decode(out.subarray(0, length));
}

/** The name-value pairs of a query string (without its '?'). */
function parseForm(query) {
  const list = [];
  for (const sequence of query.split('&')) {
    if (sequence === '') continue;
    const equals = sequence.indexOf('=');
    const name = equals === -1 ? sequence : sequence.slice(0, equals);
    const value = equals === -1 ? '' : sequence.slice(equals + 1);
    list.push(decodeFormComponent(name), decodeFormComponent(value));
  }
  return list;
}

function serializeForm(list) {
  let out = '';
  for (let i = 0; i < list.length; i += 2) {
    out += `${i ? '&' : ''}${encodeFormComponent(list[i])}=${encodeFormComponent(list[i + 1])}`;
  }
  return out;
}

/** A WebIDL USVString: symbols refuse, as template literals do in V8. */
function toUSV(value) {
  if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
  return `${value}`.toWellFormed();
}

// ---- URLSearchParams ----

const kList = Symbol('kList');
const kURL = Symbol('kURL');
const kUpdate = Symbol('kUpdate');

function checkParams(self) {
  if (self === null || typeof self !== 'object' || !(kList in self)) throw codes.ERR_INVALID_THIS('URLSearchParams');
}

class URLSearchParams {
  constructor(init = undefined) {
    Object.defineProperty(this, kList, { value: [], writable: true });
    Object.defineProperty(this, kURL, { value: null, writable: true });
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && init[kList]) {
        this[kList] = init[kList].slice();
      } else if (method != null) {
        if (typeof method !== 'function') throw codes.ERR_ARG_NOT_ITERABLE('Query pairs');
        for (const pair of init) {
          if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null ||
            typeof pair[Symbol.iterator] !== 'function') {
            throw codes.ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const entry = [...pair];
          if (entry.length !== 2) throw codes.ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          this[kList].push(toUSV(entry[0]), toUSV(entry[1]));
        }
      } else {
        for (const key of Reflect.ownKeys(init)) {
          if (typeof key !== 'string') continue;
          const descriptor = Reflect.getOwnPropertyDescriptor(init, key);
          if (descriptor !== undefined && descriptor.enumerable) this[kList].push(toUSV(key), toUSV(init[key]));
        }
      }
    } else {
      const text = toUSV(init);
      this[kList] = parseForm(text.startsWith('?') ? text.slice(1) : text);
    }
  }

  get size() {
    checkParams(this);
    return this[kList].length / 2;
  }

  append(name, value) {
    checkParams(this);
    if (arguments.length < 2) throw codes.ERR_MISSING_ARGS('name', 'value');
    this[kList].push(toUSV(name), toUSV(value));
    this[kUpdate]();
  }

  delete(name, value = undefined) {
    checkParams(this);
    if (arguments.length < 1) throw codes.ERR_MISSING_ARGS('name');
    const list = this[kList];
    name = toUSV(name);
    if (value !== undefined) value = toUSV(value);
    for (let i = 0; i < list.length;) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) list.splice(i, 2);
      else i += 2;
    }
    this[kUpdate]();
  }

  get(name) {
    checkParams(this);
    if (arguments.length < 1) throw codes.ERR_MISSING_ARGS('name');
    const list = this[kList];
    name = toUSV(name);
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
    return null;
  }

  getAll(name) {
    checkParams(this);
    if (arguments.length < 1) throw codes.ERR_MISSING_ARGS('name');
    const list = this[kList];
    name = toUSV(name);
    const values = [];
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) values.push(list[i + 1]);
    return values;
  }

  has(name, value = undefined) {
    checkParams(this);
    if (arguments.length < 1) throw codes.ERR_MISSING_ARGS('name');
    const list = this[kList];
    name = toUSV(name);
    if (value !== undefined) value = toUSV(value);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    checkParams(this);
    if (arguments.length < 2) throw codes.ERR_MISSING_ARGS('name', 'value');
    const list = this[kList];
    name = toUSV(name);
    value = toUSV(value);
    let found = false;
    for (let i = 0; i < list.length;) {
      if (list[i] !== name) {
        i += 2;
      } else if (!found) {
        list[i + 1] = value;
        found = true;
        i += 2;
      } else {
        list.splice(i, 2);
      }
    }
    if (!found) list.push(name, value);
    this[kUpdate]();
  }

  sort() {
    checkParams(this);
    const pairs = [];
    for (let i = 0; i < this[kList].length; i += 2) pairs.push([this[kList][i], this[kList][i + 1]]);
    // A stable sort by UTF-16 code units, as the standard asks.
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this[kList] = pairs.flat();
    this[kUpdate]();
  }

  forEach(callback, thisArg = undefined) {
    checkParams(this);
    validateFunction(callback, 'callback');
    for (let i = 0; i < this[kList].length; i += 2) {
      callback.call(thisArg, this[kList][i + 1], this[kList][i], this);
    }
  }

  entries() {
    checkParams(this);
    return makeIterator(this, 'key+value');
  }

  keys() {
    checkParams(this);
    return makeIterator(this, 'key');
  }

  values() {
    checkParams(this);
    return makeIterator(this, 'value');
  }

  toString() {
    checkParams(this);
    return serializeForm(this[kList]);
  }

  /** Writes the list back to the associated URL's query. */
  [kUpdate]() {
    const url = this[kURL];
    if (url !== null) url[kSetQuery](serializeForm(this[kList]));
  }

  [customInspect](depth, options) {
    checkParams(this);
    if (typeof depth === 'number' && depth < 0) return options.stylize('[Object]', 'special');
    const { inspect } = require('util');
    const inner = { ...options, depth: depth == null ? null : depth - 1 };
    const list = this[kList];
    const shown = [];
    for (let i = 0; i < list.length; i += 2) shown.push(`${inspect(list[i], inner)} => ${inspect(list[i + 1], inner)}`);
    return showList(this.constructor.name, shown, options);
  }
}
URLSearchParams.prototype[Symbol.iterator] = URLSearchParams.prototype.entries;
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });
for (const name of ['append', 'delete', 'get', 'getAll', 'has', 'set', 'size', 'sort', 'entries', 'forEach', 'keys',
  'values', 'toString']) {
  const descriptor = Object.getOwnPropertyDescriptor(URLSearchParams.prototype, name);
  Object.defineProperty(URLSearchParams.prototype, name, { ...descriptor, enumerable: true });
}

/** `Name { a, b }`, or one entry a line when they do not fit; an empty
 * list is `Name {}` (`Name {  }` for an iterator, as Node prints it). */
function showList(name, shown, options, iterator = false) {
  if (shown.length === 0) return iterator ? `${name} {  }` : `${name} {}`;
  const stripped = (text) => text.replace(/\x1b\[\d+m/g, '');
  const length = shown.reduce((sum, entry) => sum + stripped(entry).length + 2, -2);
  if (length > (options.breakLength ?? 80)) return `${name} {\n  ${shown.join(',\n  ')} }`;
  return `${name} { ${shown.join(', ')} }`;
}

const URLSearchParamsIteratorPrototype = Object.create(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())), {
  next: {
    value: function next() {
      const state = this !== null && typeof this === 'object' ? this[kList] : undefined;
      if (state === undefined) throw codes.ERR_INVALID_THIS('URLSearchParamsIterator');
      const { target, kind } = state;
      const list = target[kList];
      if (state.index >= list.length) return { value: undefined, done: true };
      const name = list[state.index];
      const value = list[state.index + 1];
      state.index += 2;
      return { value: kind === 'key' ? name : kind === 'value' ? value : [name, value], done: false };
    },
    writable: true,
    enumerable: true,
    configurable: true,
  },
  [Symbol.toStringTag]: { value: 'URLSearchParams Iterator', configurable: true },
  [customInspect]: {
    value: function inspectIterator(depth, options) {
      const state = this[kList];
      const { inspect } = require('util');
      const inner = { ...options, depth: depth == null ? null : depth - 1 };
      const list = state.target[kList];
      const shown = [];
      for (let i = state.index; i < list.length; i += 2) {
        const [name, value] = [list[i], list[i + 1]];
        shown.push(state.kind === 'key' ? inspect(name, inner) : state.kind === 'value' ? inspect(value, inner)
          : `[ ${inspect(name, inner)}, ${inspect(value, inner)} ]`);
      }
      return showList('URLSearchParams Iterator', shown, options, true);
    },
    configurable: true,
    writable: true,
  },
});

function makeIterator(target, kind) {
  const iterator = Object.create(URLSearchParamsIteratorPrototype);
  iterator[kList] = { target, kind, index: 0 };
  return iterator;
}

// ---- URL ----

const kParts = Symbol('kParts');
const kSetQuery = Symbol('kSetQuery');
const kParams = Symbol('kParams');
const kSet = Symbol('kSet');
const kSyncParams = Symbol('kSyncParams');

/** The brand check of URL's methods and accessors, in V8's words for a
 * class with private state: `byMethod` for those that reach it through a
 * private method (href, search, toString, toJSON). */
function checkURL(self, byMethod = false) {
  if (self === null || typeof self !== 'object' || !(kParts in self)) {
    throw new TypeError(byMethod ? 'Receiver must be an instance of class URL'
      : 'Cannot read private member #context from an object whose class did not declare it');
  }
}

/** Gives a URL object its state, in properties that are not enumerable
 * (a spread copies the accessors' values only, as with Node's private
 * fields). */
function setUp(url, parts) {
  Object.defineProperty(url, kParts, { value: parts, writable: true });
  Object.defineProperty(url, kParams, { value: null, writable: true });
  return url;
}

/** Whether `value` passes for a WHATWG URL object: Node's duck test (an
 * href and a protocol, and not a legacy url.parse() result). */
function isURL(value) {
  return Boolean(value?.href && value.protocol && value.auth === undefined && value.path === undefined);
}

class URL {
  constructor(input, base = undefined) {
    if (arguments.length === 0) throw codes.ERR_MISSING_ARGS('url');
    input = toUSV(input);
    if (base !== undefined) base = toUSV(base);
    const parts = ops.parse(input, base);
    if (parts === null) throw codes.ERR_INVALID_URL(input, base);
    setUp(this, parts);
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw codes.ERR_MISSING_ARGS('url');
    return ops.can_parse(toUSV(input), base === undefined ? undefined : toUSV(base));
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw codes.ERR_MISSING_ARGS('url');
    try {
      return new URL(input, base);
    } catch {
      return null;
    }
  }

  static createObjectURL(obj) {
    return require('internal/blob').createObjectURL(obj);
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw codes.ERR_MISSING_ARGS('url');
    require('internal/blob').revokeObjectURL(url);
  }

  [kSet](part, value) {
    this[kParts] = ops.set(this[kParts][HREF], part, toUSV(value));
  }

  /** The query from URLSearchParams: set without reparsing the list. */
  [kSetQuery](query) {
    this[kParts] = ops.set(this[kParts][HREF], 'search', query);
  }

  get href() {
    checkURL(this, true);
    return this[kParts][HREF];
  }

  set href(value) {
    checkURL(this);
    const parts = ops.set('', 'href', toUSV(value));
    if (parts === null) throw codes.ERR_INVALID_URL(toUSV(value));
    this[kParts] = parts;
    this[kSyncParams]();
  }

  get origin() {
    checkURL(this);
    return this[kParts][ORIGIN];
  }

  get protocol() {
    checkURL(this);
    return this[kParts][PROTOCOL];
  }

  set protocol(value) {
    checkURL(this);
    this[kSet]('protocol', value);
  }

  get username() {
    checkURL(this);
    return this[kParts][USERNAME];
  }

  set username(value) {
    checkURL(this);
    this[kSet]('username', value);
  }

  get password() {
    checkURL(this);
    return this[kParts][PASSWORD];
  }

  set password(value) {
    checkURL(this);
    this[kSet]('password', value);
  }

  get host() {
    checkURL(this);
    return this[kParts][HOST];
  }

  set host(value) {
    checkURL(this);
    this[kSet]('host', value);
  }

  get hostname() {
    checkURL(this);
    return this[kParts][HOSTNAME];
  }

  set hostname(value) {
    checkURL(this);
    this[kSet]('hostname', value);
  }

  get port() {
    checkURL(this);
    return this[kParts][PORT];
  }

  set port(value) {
    checkURL(this);
    this[kSet]('port', value);
  }

  get pathname() {
    checkURL(this);
    return this[kParts][PATHNAME];
  }

  set pathname(value) {
    checkURL(this);
    this[kSet]('pathname', value);
  }

  get search() {
    checkURL(this, true);
    return this[kParts][SEARCH];
  }

  set search(value) {
    checkURL(this);
    this[kSet]('search', value);
    this[kSyncParams]();
  }

  get searchParams() {
    checkURL(this);
    if (this[kParams] === null) {
      const params = new URLSearchParams(this[kParts][SEARCH]);
      params[kURL] = this;
      this[kParams] = params;
    }
    return this[kParams];
  }

  get hash() {
    checkURL(this);
    return this[kParts][HASH];
  }

  set hash(value) {
    checkURL(this);
    this[kSet]('hash', value);
  }

  /** After the query changed, the search params list follows it. */
  [kSyncParams]() {
    if (this[kParams] !== null) this[kParams][kList] = parseForm(this[kParts][SEARCH].slice(1));
  }

  toString() {
    checkURL(this, true);
    return this[kParts][HREF];
  }

  toJSON() {
    checkURL(this, true);
    return this[kParts][HREF];
  }

  [customInspect](depth, options) {
    if (typeof depth === 'number' && depth < 0) return this;
    const shown = Object.create({ constructor: this.constructor });
    for (const key of ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname',
      'search', 'searchParams', 'hash']) {
      shown[key] = this[key];
    }
    return require('util').inspect(shown, options);
  }
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });
for (const name of ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname',
  'search', 'searchParams', 'hash', 'toString', 'toJSON']) {
  const descriptor = Object.getOwnPropertyDescriptor(URL.prototype, name);
  Object.defineProperty(URL.prototype, name, { ...descriptor, enumerable: true });
}
for (const name of ['canParse', 'parse', 'createObjectURL', 'revokeObjectURL']) {
  const descriptor = Object.getOwnPropertyDescriptor(URL, name);
  Object.defineProperty(URL, name, { ...descriptor, enumerable: true });
}

// ---- file: URLs and the rest of node:url's WHATWG helpers ----

/** fileURLToPath(url): the path of a file: URL (a string or a URL). */
function fileURLToPath(url, options = undefined) {
  if (typeof url === 'string') url = new URL(url);
  else if (!isURL(url)) throw codes.ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], url);
  if (url.protocol !== 'file:') throw codes.ERR_INVALID_URL_SCHEME('file');
  if (options?.windows) return windowsPathOf(url);
  return fileHref.fileURLToPath(url.href, url);
}

function windowsPathOf(url) {
  const { hostname } = url;
  let pathname = url.pathname.replaceAll('/', '\\');
  if (/%2f|%5c/i.test(pathname)) {
    throw codes.ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters', url);
  }
  pathname = decodeURIComponent(pathname);
  if (hostname !== '') return `\\\\${domainToUnicode(hostname)}${pathname}`;
  const letter = pathname.codePointAt(1) | 0x20;
  if (letter < 0x61 || letter > 0x7a || pathname[2] !== ':') {
    throw codes.ERR_INVALID_FILE_URL_PATH('must be absolute', url);
  }
  return pathname.slice(1);
}

/** pathToFileURL(path): the file: URL of a path, resolved against the
 * working directory (a trailing slash is kept). */
function pathToFileURL(filepath, options = undefined) {
  if (typeof filepath !== 'string') throw codes.ERR_INVALID_ARG_TYPE('path', 'string', filepath);
  const path = require('path');
  if (options?.windows) return windowsFileURL(filepath, path.win32);
  let resolved = path.posix.resolve(filepath);
  if (filepath.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
  return fileURLOf(resolved, '');
}

/** A file: URL of an absolute path with '/' separators, on `hostname`. */
function fileURLOf(absolute, hostname) {
  const url = new URL(fileHref.pathToFileURL(absolute));
  if (hostname !== '') url.hostname = hostname;
  return url;
}

/** pathToFileURL(path, { windows: true }): drive letters, UNC shares and
 * the \\?\ prefixes of Windows paths. */
function windowsFileURL(filepath, win32) {
  let path = filepath;
  if (path.startsWith('\\\\?\\UNC\\')) path = `\\\\${path.slice(8)}`;
  else if (path.startsWith('\\\\?\\')) path = path.slice(4);
  let hostname = '';
  if (path.startsWith('\\\\')) {
    const end = path.indexOf('\\', 2);
    if (end === -1) throw codes.ERR_INVALID_ARG_VALUE('path', filepath, 'Missing UNC resource path');
    if (end === 2) throw codes.ERR_INVALID_ARG_VALUE('path', filepath, 'Empty UNC servername');
    hostname = path.slice(2, end);
    path = path.slice(end);
  } else {
    const trailing = /[\\/]$/.test(path);
    path = win32.resolve(path);
    if (trailing && !path.endsWith('\\')) path += '\\';
  }
  return fileURLOf(`/${path.replaceAll('\\', '/').replace(/^\//, '')}`, hostname);
}

/** domainToASCII(domain): the punycode form, '' when invalid. */
function domainToASCII(domain) {
  if (arguments.length < 1) throw codes.ERR_MISSING_ARGS('domain');
  return ops.domain_to_ascii(`${domain}`);
}

/** domainToUnicode(domain): the Unicode form, '' when invalid. */
function domainToUnicode(domain) {
  if (arguments.length < 1) throw codes.ERR_MISSING_ARGS('domain');
  return ops.domain_to_unicode(`${domain}`);
}

/** urlToHttpOptions(url): the options object http.request takes. */
function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  return options;
}

/** url.format(URL, options) for a WHATWG URL. */
function formatURL(url, options = undefined) {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  const { fragment = true, unicode = false, search = true, auth = true } = options ?? {};
  return ops.format(url.href, Boolean(fragment), Boolean(unicode), Boolean(search), Boolean(auth));
}

module.exports = {
  URL, URLSearchParams, isURL, fileURLToPath, pathToFileURL, domainToASCII, domainToUnicode, urlToHttpOptions,
  formatURL, encodeFormComponent, decodeFormComponent,
};
