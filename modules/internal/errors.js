'use strict';
// Node's coded errors (`err.code = 'ERR_...'`) and their messages.

// Node's determineSpecificType: how "Received ..." describes a value.
function describeReceived(value) {
  if (value == null) return ` Received ${value}`;
  if (typeof value === 'function') return ` Received function ${value.name}`;
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) {
      return ` Received an instance of ${value.constructor.name}`;
    }
    return ` Received ${require('util').inspect(value, { depth: -1 })}`;
  }
  let inspected = require('util').inspect(value, { colors: false });
  if (inspected.length > 28) inspected = `${inspected.slice(0, 25)}...`;
  return ` Received type ${typeof value} (${inspected})`;
}

// "type number (1)", "an instance of Foo", "function bar": a value as the
// newer Node messages describe it.
function determineSpecificType(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  switch (typeof value) {
    case 'bigint': return `type bigint (${value}n)`;
    case 'number': return `type number (${Object.is(value, -0) ? '-0' : value})`;
    case 'boolean': return `type boolean (${value})`;
    case 'symbol': return `type symbol (${String(value)})`;
    case 'function': return `function ${value.name}`;
    case 'object':
      if (value.constructor && 'name' in value.constructor) return `an instance of ${value.constructor.name}`;
      return require('util').inspect(value, { depth: -1 });
    default: {
      const text = value.length > 28 ? `${value.slice(0, 25)}...` : value;
      return text.includes("'") ? `type string (${JSON.stringify(text)})` : `type string ('${text}')`;
    }
  }
}

const primitiveTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];
const classNamePattern = /^([A-Z][a-z0-9]*)+$/;

function listOf(items, single, several) {
  if (items.length > 2) return `${several}${items.slice(0, -1).join(', ')}, or ${items[items.length - 1]}`;
  if (items.length === 2) return `${several}${items[0]} or ${items[1]}`;
  return `${single}${items[0]}`;
}

// "must be of type string or an instance of Buffer", as Node words it.
function describeExpected(expected) {
  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    if (primitiveTypes.includes(value)) types.push(value.toLowerCase());
    else if (classNamePattern.test(value)) instances.push(value);
    else other.push(value);
  }
  if (instances.length > 0 && types.includes('object')) {
    types.splice(types.indexOf('object'), 1);
    instances.push('Object');
  }
  const parts = [];
  if (types.length > 0) parts.push(listOf(types, 'of type ', 'one of type '));
  if (instances.length > 0) {
    parts.push(instances.length > 2
      ? `an instance of ${instances.slice(0, -1).join(', ')}, or ${instances[instances.length - 1]}`
      : `an instance of ${instances.join(' or ')}`);
  }
  if (other.length > 0) {
    if (other.length === 1) parts.push(`${other[0].toLowerCase() !== other[0] ? 'an ' : ''}${other[0]}`);
    else parts.push(listOf(other, '', 'one of '));
  }
  return parts.join(' or ');
}

// One prototype per (class, code), under the class's own: its toString
// reads "TypeError [CODE]: message", as Node's error classes do.
const codePrototypes = new Map();
function codePrototype(Base, code) {
  const key = `${Base.name} ${code}`;
  let proto = codePrototypes.get(key);
  if (proto === undefined) {
    proto = Object.create(Base.prototype, {
      toString: {
        value: function toString() { return `${this.name} [${code}]: ${this.message}`; },
        writable: true, configurable: true, enumerable: false,
      },
    });
    codePrototypes.set(key, proto);
  }
  return proto;
}

function makeError(Base, code, message) {
  const err = new Base(message);
  Object.setPrototypeOf(err, codePrototype(Base, code));
  Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  // Rebuild the stack now that `code` is set, so it reads "TypeError [CODE]: ...",
  // starting at the caller of the codes.ERR_* function, as in Node.
  if (typeof Error.captureStackTrace === 'function') Error.captureStackTrace(err, codes[code] || makeError);
  return err;
}

// ERR_INVALID_ARG_TYPE and ERR_OUT_OF_RANGE called with a message alone
// make the terse errors Node's C++ throws ('argument must be a string').
const codes = {
  ERR_INVALID_ARG_TYPE(name, expected, actual) {
    if (arguments.length === 1) return makeError(TypeError, 'ERR_INVALID_ARG_TYPE', name);
    const types = Array.isArray(expected) ? expected : [expected];
    const subject = name.endsWith(' argument') ? name : `"${name}" ${name.includes('.') ? 'property' : 'argument'}`;
    return makeError(TypeError, 'ERR_INVALID_ARG_TYPE',
      `The ${subject} must be ${describeExpected(types)}.${describeReceived(actual)}`);
  },
  ERR_MISSING_ARGS(...names) {
    const quoted = names.map((n) => (Array.isArray(n) ? n.map((a) => `"${a}"`).join(' or ') : `"${n}"`));
    let list;
    if (quoted.length === 1) list = `${quoted[0]} argument`;
    else if (quoted.length === 2) list = `${quoted[0]} and ${quoted[1]} arguments`;
    else list = `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]} arguments`;
    return makeError(TypeError, 'ERR_MISSING_ARGS', `The ${list} must be specified`);
  },
  ERR_ENCODING_NOT_SUPPORTED(encoding) {
    return makeError(RangeError, 'ERR_ENCODING_NOT_SUPPORTED', `The "${encoding}" encoding is not supported`);
  },
  ERR_ENCODING_INVALID_ENCODED_DATA(encoding) {
    return makeError(TypeError, 'ERR_ENCODING_INVALID_ENCODED_DATA', `The encoded data was not valid for encoding ${encoding}`);
  },
  ERR_CONSOLE_WRITABLE_STREAM(name) {
    return makeError(TypeError, 'ERR_CONSOLE_WRITABLE_STREAM', `Console expects a writable stream instance for ${name}`);
  },
  ERR_INVALID_ARG_VALUE(name, value, reason = 'is invalid', type = TypeError) {
    let inspected = require('util').inspect(value);
    if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
    const subject = name.includes('.') ? 'property' : 'argument';
    return makeError(type, 'ERR_INVALID_ARG_VALUE', `The ${subject} '${name}' ${reason}. Received ${inspected}`);
  },
  ERR_OUT_OF_RANGE(name, range, value) {
    if (arguments.length === 1) return makeError(RangeError, 'ERR_OUT_OF_RANGE', name);
    return makeError(RangeError, 'ERR_OUT_OF_RANGE',
      `The value of "${name}" is out of range. It must be ${range}. Received ${describeOutOfRange(value)}`);
  },
  ERR_UNKNOWN_ENCODING(encoding) {
    return makeError(TypeError, 'ERR_UNKNOWN_ENCODING', require('util').format('Unknown encoding: %s', encoding));
  },
  ERR_BUFFER_OUT_OF_BOUNDS(name) {
    return makeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS',
      name ? `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds');
  },
  ERR_INVALID_BUFFER_SIZE(message) {
    return makeError(RangeError, 'ERR_INVALID_BUFFER_SIZE', `Buffer size must be a multiple of ${message}`);
  },
  ERR_STREAM_PUSH_AFTER_EOF() {
    return makeError(Error, 'ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF');
  },
  ERR_STREAM_UNSHIFT_AFTER_END_EVENT() {
    return makeError(Error, 'ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event');
  },
  ERR_STREAM_WRITE_AFTER_END() {
    return makeError(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end');
  },
  ERR_STREAM_DESTROYED(method) {
    return makeError(Error, 'ERR_STREAM_DESTROYED', `Cannot call ${method} after a stream was destroyed`);
  },
  ERR_STREAM_ALREADY_FINISHED(method) {
    return makeError(Error, 'ERR_STREAM_ALREADY_FINISHED', `Cannot call ${method} after a stream was finished`);
  },
  ERR_STREAM_NULL_VALUES() {
    return makeError(TypeError, 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream');
  },
  ERR_STREAM_PREMATURE_CLOSE() {
    return makeError(Error, 'ERR_STREAM_PREMATURE_CLOSE', 'Premature close');
  },
  ERR_STREAM_CANNOT_PIPE() {
    return makeError(Error, 'ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable');
  },
  ERR_MULTIPLE_CALLBACK() {
    return makeError(Error, 'ERR_MULTIPLE_CALLBACK', 'Callback called multiple times');
  },
  ERR_TRANSFORM_ALREADY_TRANSFORMING() {
    return makeError(Error, 'ERR_TRANSFORM_ALREADY_TRANSFORMING', 'Calling transform done when still transforming');
  },
  ERR_TRANSFORM_WITH_LENGTH_0() {
    return makeError(Error, 'ERR_TRANSFORM_WITH_LENGTH_0', 'Calling transform done when writableState.length != 0');
  },
  ERR_FS_WATCH_QUEUE_OVERFLOW(max) {
    return makeError(Error, 'ERR_FS_WATCH_QUEUE_OVERFLOW', `fs.watch() queued more than ${max} events`);
  },
  ERR_FS_FILE_TOO_LARGE(size) {
    return makeError(RangeError, 'ERR_FS_FILE_TOO_LARGE', `File size (${size}) is greater than 2 GiB`);
  },
  ERR_UNHANDLED_ERROR(err) {
    const message = `Unhandled error. (${require('util').inspect(err)})`;
    const e = makeError(Error, 'ERR_UNHANDLED_ERROR', message);
    e.context = err;
    return e;
  },
  ERR_UNKNOWN_BUILTIN_MODULE(name) {
    return makeError(Error, 'ERR_UNKNOWN_BUILTIN_MODULE', `No such built-in module: ${name}`);
  },
  ERR_MODULE_NOT_FOUND(path, base, exactUrl) {
    const err = makeError(Error, 'ERR_MODULE_NOT_FOUND',
      `Cannot find ${exactUrl ? 'module' : 'package'} '${path}' imported from ${base}`);
    if (exactUrl) err.url = `${exactUrl}`;
    return err;
  },
  ERR_UNSUPPORTED_DIR_IMPORT(path, base, exactUrl) {
    const err = makeError(Error, 'ERR_UNSUPPORTED_DIR_IMPORT',
      `Directory import '${path}' is not supported resolving ES modules imported from ${base}`);
    err.url = exactUrl;
    return err;
  },
  // A plain TypeError with a code, as the one Node's URL parser throws.
  ERR_INVALID_URL(input, base) {
    const err = new TypeError('Invalid URL');
    err.code = 'ERR_INVALID_URL';
    err.input = input;
    if (base != null) err.base = base;
    return err;
  },
  ERR_INVALID_FILE_URL_HOST(platform) {
    return makeError(TypeError, 'ERR_INVALID_FILE_URL_HOST', `File URL host must be "localhost" or empty on ${platform}`);
  },
  ERR_INVALID_FILE_URL_PATH(reason, input) {
    const err = makeError(TypeError, 'ERR_INVALID_FILE_URL_PATH', `File URL path ${reason}`);
    err.input = input;
    return err;
  },
  ERR_ARG_NOT_ITERABLE(name) {
    return makeError(TypeError, 'ERR_ARG_NOT_ITERABLE', `${name} must be iterable`);
  },
  ERR_INVALID_TUPLE(name, what) {
    return makeError(TypeError, 'ERR_INVALID_TUPLE', `${name} must be an iterable ${what} tuple`);
  },
  ERR_INVALID_URL_SCHEME(expected) {
    return makeError(TypeError, 'ERR_INVALID_URL_SCHEME', `The URL must be of scheme ${expected}`);
  },
  ERR_UNKNOWN_FILE_EXTENSION(ext, path) {
    return makeError(TypeError, 'ERR_UNKNOWN_FILE_EXTENSION', `Unknown file extension "${ext}" for ${path}`);
  },
  ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING(file) {
    return makeError(Error, 'ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING',
      `Stripping types is currently unsupported for files under node_modules, for "${file}"`);
  },
  ERR_PACKAGE_PATH_NOT_EXPORTED(pkgPath, subpath, base = undefined) {
    const from = base ? ` imported from ${base}` : '';
    return makeError(Error, 'ERR_PACKAGE_PATH_NOT_EXPORTED', subpath === '.'
      ? `No "exports" main defined in ${pkgPath}package.json${from}`
      : `Package subpath '${subpath}' is not defined by "exports" in ${pkgPath}package.json${from}`);
  },
  ERR_PACKAGE_IMPORT_NOT_DEFINED(specifier, packagePath, base) {
    return makeError(TypeError, 'ERR_PACKAGE_IMPORT_NOT_DEFINED', `Package import specifier "${specifier}" is not defined${
      packagePath ? ` in package ${packagePath}package.json` : ''} imported from ${base}`);
  },
  ERR_INVALID_PACKAGE_TARGET(pkgPath, key, target, isImport = false, base = undefined) {
    const relError = typeof target === 'string' && !isImport && target.length > 0 && !target.startsWith('./');
    const from = base ? ` imported from ${base}` : '';
    const hint = relError ? '; targets must start with "./"' : '';
    return makeError(Error, 'ERR_INVALID_PACKAGE_TARGET', key === '.'
      ? `Invalid "exports" main target ${JSON.stringify(target)} defined in the package config ${pkgPath}package.json${from}${hint}`
      : `Invalid "${isImport ? 'imports' : 'exports'}" target ${JSON.stringify(target)} defined for '${key}' in the package config ${pkgPath}package.json${from}${hint}`);
  },
  ERR_INVALID_PACKAGE_CONFIG(path, base, message) {
    return makeError(Error, 'ERR_INVALID_PACKAGE_CONFIG',
      `Invalid package config ${path}${base ? ` while importing ${base}` : ''}${message ? `. ${message}` : ''}`);
  },
  ERR_INVALID_MODULE_SPECIFIER(request, reason, base = undefined) {
    return makeError(TypeError, 'ERR_INVALID_MODULE_SPECIFIER',
      `Invalid module "${request}" ${reason}${base ? ` imported from ${base}` : ''}`);
  },
  ERR_IMPORT_ATTRIBUTE_MISSING(url, key, value) {
    return makeError(TypeError, 'ERR_IMPORT_ATTRIBUTE_MISSING', `Module "${url}" needs an import attribute of "${key}: ${value}"`);
  },
  ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE(url, type) {
    return makeError(TypeError, 'ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE', `Module "${url}" is not of type "${type}"`);
  },
  ERR_IMPORT_ATTRIBUTE_UNSUPPORTED(attribute, value, url = undefined) {
    return makeError(TypeError, 'ERR_IMPORT_ATTRIBUTE_UNSUPPORTED',
      `Import attribute "${attribute}" with value "${value}" is not supported${url === undefined ? '' : ` in ${url}`}`);
  },
  ERR_UNHANDLED_REJECTION(reason) {
    return makeError(Error, 'ERR_UNHANDLED_REJECTION',
      'This error originated either by throwing inside of an async function without a catch block, ' +
      'or by rejecting a promise which was not handled with .catch(). The promise rejected with the' +
      ` reason "${require('util').inspect(reason)}".`);
  },
  ERR_INVALID_RETURN_VALUE(input, name, value) {
    return makeError(TypeError, 'ERR_INVALID_RETURN_VALUE',
      `Expected ${input} to be returned from the "${name}" function but got ${determineSpecificType(value)}.`);
  },
  ERR_INVALID_THIS(type) {
    return makeError(TypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
  },
  ERR_STRING_TOO_LONG() {
    return makeError(Error, 'ERR_STRING_TOO_LONG',
      `Cannot create a string longer than 0x${(536870888).toString(16)} characters`);
  },
  ERR_INVALID_MIME_SYNTAX(production, str, invalidIndex) {
    const at = invalidIndex !== -1 ? ` at ${invalidIndex}` : '';
    return makeError(TypeError, 'ERR_INVALID_MIME_SYNTAX', `The MIME syntax for a ${production} in "${str}" is invalid${at}`);
  },
  ERR_ILLEGAL_CONSTRUCTOR() {
    return makeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  },
  ERR_EVAL_ESM_CANNOT_PRINT() {
    return makeError(Error, 'ERR_EVAL_ESM_CANNOT_PRINT', '--print cannot be used with ESM input');
  },
  ERR_INCOMPATIBLE_OPTION_PAIR(first, second) {
    return makeError(TypeError, 'ERR_INCOMPATIBLE_OPTION_PAIR',
      `Option "${first}" cannot be used in combination with option "${second}"`);
  },
  ERR_DIR_CLOSED() {
    return makeError(Error, 'ERR_DIR_CLOSED', 'Directory handle was closed');
  },
  ERR_DIR_CONCURRENT_OPERATION() {
    return makeError(Error, 'ERR_DIR_CONCURRENT_OPERATION',
      'Cannot do synchronous work on directory handle with concurrent asynchronous operations');
  },
  ERR_INVALID_OBJECT_DEFINE_PROPERTY(message) {
    return makeError(TypeError, 'ERR_INVALID_OBJECT_DEFINE_PROPERTY', message);
  },
  ERR_PERFORMANCE_INVALID_TIMESTAMP(value) {
    return makeError(TypeError, 'ERR_PERFORMANCE_INVALID_TIMESTAMP', `${value} is not a valid timestamp`);
  },
  ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS(message) {
    return makeError(TypeError, 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', message);
  },
  ERR_METHOD_NOT_IMPLEMENTED(name) {
    return makeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', `The ${name} method is not implemented`);
  },
  ERR_UNKNOWN_SIGNAL(signal) {
    return makeError(TypeError, 'ERR_UNKNOWN_SIGNAL', `Unknown signal: ${signal}`);
  },
  ERR_CHILD_PROCESS_STDIO_MAXBUFFER(name) {
    return makeError(RangeError, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER', `${name} maxBuffer length exceeded`);
  },
  ERR_CHILD_PROCESS_IPC_REQUIRED(name) {
    return makeError(Error, 'ERR_CHILD_PROCESS_IPC_REQUIRED',
      `Forked processes must have an IPC channel, missing value 'ipc' in ${name}`);
  },
  ERR_INVALID_SYNC_FORK_INPUT(value) {
    return makeError(TypeError, 'ERR_INVALID_SYNC_FORK_INPUT',
      `Asynchronous forks do not support Buffer, TypedArray, DataView or string input: ${value}`);
  },
  ERR_IPC_ONE_PIPE() {
    return makeError(Error, 'ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe');
  },
  ERR_IPC_SYNC_FORK() {
    return makeError(Error, 'ERR_IPC_SYNC_FORK', 'IPC cannot be used with synchronous forks');
  },
  ERR_IPC_CHANNEL_CLOSED() {
    return makeError(Error, 'ERR_IPC_CHANNEL_CLOSED', 'Channel closed');
  },
  ERR_IPC_DISCONNECTED() {
    return makeError(Error, 'ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected');
  },
  ERR_INVALID_HANDLE_TYPE() {
    return makeError(TypeError, 'ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent');
  },
  ERR_FEATURE_UNAVAILABLE_ON_PLATFORM(feature) {
    return makeError(TypeError, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
      `The feature ${feature} is unavailable on the current platform, which is being used to run Node.js`);
  },
  ERR_SOCKET_CLOSED() {
    return makeError(Error, 'ERR_SOCKET_CLOSED', 'Socket is closed');
  },
  ERR_SOCKET_CLOSED_BEFORE_CONNECTION() {
    return makeError(Error, 'ERR_SOCKET_CLOSED_BEFORE_CONNECTION', 'Socket closed before the connection was established');
  },
  ERR_SOCKET_BAD_PORT(name, port, allowZero = true) {
    const operator = allowZero ? '>=' : '>';
    return makeError(RangeError, 'ERR_SOCKET_BAD_PORT',
      `${name} should be ${operator} 0 and < 65536.${describeReceived(port)}.`);
  },
  ERR_INVALID_ADDRESS_FAMILY(addressType, host, port) {
    const err = makeError(RangeError, 'ERR_INVALID_ADDRESS_FAMILY', `Invalid address family: ${addressType} ${host}:${port}`);
    err.host = host;
    err.port = port;
    return err;
  },
  ERR_INVALID_IP_ADDRESS(address) {
    return makeError(TypeError, 'ERR_INVALID_IP_ADDRESS', `Invalid IP address: ${address}`);
  },
  ERR_SERVER_ALREADY_LISTEN() {
    return makeError(Error, 'ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.');
  },
  ERR_SERVER_NOT_RUNNING() {
    return makeError(Error, 'ERR_SERVER_NOT_RUNNING', 'Server is not running.');
  },
  ERR_INVALID_HTTP_TOKEN(name, value) {
    return makeError(TypeError, 'ERR_INVALID_HTTP_TOKEN', `${name} must be a valid HTTP token ["${value}"]`);
  },
  ERR_HTTP_INVALID_HEADER_VALUE(value, name) {
    return makeError(TypeError, 'ERR_HTTP_INVALID_HEADER_VALUE', `Invalid value "${value}" for header "${name}"`);
  },
  ERR_INVALID_CHAR(name, field = undefined) {
    const message = field === undefined ? `Invalid character in ${name}` : `Invalid character in ${name} ["${field}"]`;
    return makeError(TypeError, 'ERR_INVALID_CHAR', message);
  },
  ERR_HTTP_INVALID_STATUS_CODE(code) {
    return makeError(RangeError, 'ERR_HTTP_INVALID_STATUS_CODE', `Invalid status code: ${code}`);
  },
  ERR_HTTP_HEADERS_SENT(action) {
    return makeError(Error, 'ERR_HTTP_HEADERS_SENT', `Cannot ${action} headers after they are sent to the client`);
  },
  ERR_HTTP_TRAILER_INVALID() {
    return makeError(Error, 'ERR_HTTP_TRAILER_INVALID', 'Trailers are invalid with this transfer encoding');
  },
  ERR_HTTP_SOCKET_ENCODING() {
    return makeError(Error, 'ERR_HTTP_SOCKET_ENCODING', 'Changing the socket encoding is not allowed per RFC7230 Section 3.');
  },
  ERR_HTTP_BODY_NOT_ALLOWED() {
    return makeError(Error, 'ERR_HTTP_BODY_NOT_ALLOWED', 'Adding content for this request method or response status is not allowed.');
  },
  ERR_HTTP_CONTENT_LENGTH_MISMATCH(actual, expected) {
    return makeError(Error, 'ERR_HTTP_CONTENT_LENGTH_MISMATCH',
      `Response body's content-length of ${actual} byte(s) does not match the content-length of ${expected} byte(s) set in header`);
  },
  ERR_UNESCAPED_CHARACTERS(name) {
    return makeError(TypeError, 'ERR_UNESCAPED_CHARACTERS', `${name} contains unescaped characters`);
  },
  ERR_INVALID_PROTOCOL(protocol, expected) {
    return makeError(TypeError, 'ERR_INVALID_PROTOCOL', `Protocol "${protocol}" not supported. Expected "${expected}"`);
  },
  ERR_HTTP_REQUEST_TIMEOUT() {
    return makeError(Error, 'ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout');
  },
  ERR_HTTP_SOCKET_ASSIGNED() {
    return makeError(Error, 'ERR_HTTP_SOCKET_ASSIGNED', 'ServerResponse has an already assigned socket');
  },
  ERR_INVALID_STATE(message) {
    return makeError(Error, 'ERR_INVALID_STATE', `Invalid state: ${message}`);
  },
  ERR_CONSTRUCT_CALL_INVALID() {
    return makeError(TypeError, 'ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called');
  },
  // node:test's wrapper for why a test failed: `error` (an error or a
  // message) becomes the cause, `failureType` says what failed.
  ERR_TEST_FAILURE(error, failureType) {
    const message = error !== null && error !== undefined && error.message !== undefined ? error.message : error;
    const err = makeError(Error, 'ERR_TEST_FAILURE', message);
    err.failureType = failureType;
    err.cause = error;
    return err;
  },
};

// How ERR_OUT_OF_RANGE shows the received value: big integers with
// numeric separators, bigints with an `n`.
function describeOutOfRange(value) {
  const separated = (text) => text.replace(/(\d)(?=(\d{3})+$)/g, '$1_');
  if (Number.isInteger(value) && Math.abs(value) > 2 ** 32) return separated(String(value));
  if (typeof value === 'bigint') {
    const text = String(value);
    return `${value > 2n ** 32n || value < -(2n ** 32n) ? separated(text) : text}n`;
  }
  return require('util').inspect(value);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw codes.ERR_INVALID_ARG_TYPE(name, 'function', value);
}

function validateNumber(value, name, min = undefined, max = undefined) {
  if (typeof value !== 'number') throw codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if ((min != null && value < min) || (max != null && value > max) || ((min != null || max != null) && Number.isNaN(value))) {
    const range = `${min != null ? `>= ${min}` : ''}${min != null && max != null ? ' && ' : ''}${max != null ? `<= ${max}` : ''}`;
    throw codes.ERR_OUT_OF_RANGE(name, range, value);
  }
}

function validateString(value, name) {
  if (typeof value !== 'string') throw codes.ERR_INVALID_ARG_TYPE(name, 'string', value);
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw codes.ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

// Node's ErrnoException: a failed system call as "SYSCALL CODE[ ORIGINAL]"
// with errno (negative, as libuv reports it), code and syscall.
function errnoException(errno, syscall, original) {
  const entry = require('internal/errno').lookup(errno);
  const code = entry ? entry[1] : `Unknown system error ${errno}`;
  const err = new Error(original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  Error.captureStackTrace(err, errnoException);
  return err;
}

/** Rebuilds a plugin's system error (`OpError::system`: code ESYS, errno,
 * syscall, path, dest) as Node's: `ENOENT: no such file or directory,
 * open 'x'` with the code and text of the one errno table; `async` errors
 * carry no stack frames, as Node's from the thread pool do not. Anything
 * else is returned as it is. */
function uvException(error, async = false) {
  if (error === null || typeof error !== 'object' || error.code !== 'ESYS') return error;
  const [, code, description] = require('internal/errno').lookup(error.errno) || [error.errno, 'UNKNOWN', 'unknown error'];
  let message = `${code}: ${description}, ${error.syscall}`;
  if (error.path !== undefined) message += ` '${error.path}'`;
  if (error.dest !== undefined) message += ` -> '${error.dest}'`;
  const err = new Error(message);
  err.errno = error.errno;
  err.code = code;
  err.syscall = error.syscall;
  if (error.path !== undefined) err.path = error.path;
  if (error.dest !== undefined) err.dest = error.dest;
  if (async) err.stack = `Error: ${message}`;
  else Error.captureStackTrace(err, uvException);
  return err;
}

// Node's AbortError: what an aborted operation rejects with.
function abortError(signal) {
  const err = new Error('The operation was aborted');
  err.name = 'AbortError';
  err.code = 'ABORT_ERR';
  if (signal && signal.reason !== undefined) err.cause = signal.reason;
  return err;
}

// An optional AbortSignal option.
function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw codes.ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw codes.ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}

// One of a list of allowed values.
function validateOneOf(value, name, allowed) {
  if (!allowed.includes(value)) {
    const list = allowed.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
    throw codes.ERR_INVALID_ARG_VALUE(name, value, `must be one of: ${list}`);
  }
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw codes.ERR_INVALID_ARG_TYPE(name, 'object', value);
  }
}

// Two errors of one failure as one: the outer one, or an AggregateError
// of both when they differ (Node's aggregateTwoErrors).
function aggregateTwoErrors(innerError, outerError) {
  if (innerError && outerError && innerError !== outerError) {
    if (Array.isArray(outerError.errors)) {
      outerError.errors.push(innerError);
      return outerError;
    }
    const err = new AggregateError([outerError, innerError], outerError.message);
    err.code = outerError.code;
    return err;
  }
  return innerError || outerError;
}

module.exports = {
  codes, makeError, abortError, aggregateTwoErrors, validateFunction, validateNumber, validateString, validateInteger,
  validateObject, validateAbortSignal, validateBoolean, validateOneOf, errnoException, uvException,
};
