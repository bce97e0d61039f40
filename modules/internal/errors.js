'use strict';
// Node's coded errors (`err.code = 'ERR_...'`) and their messages.

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

function makeError(Base, code, message) {
  const err = new Base(message);
  Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  // Rebuild the stack now that `code` is set, so it reads "TypeError [CODE]: ...",
  // starting at the caller of the codes.ERR_* function, as in Node.
  if (typeof Error.captureStackTrace === 'function') Error.captureStackTrace(err, codes[code] || makeError);
  return err;
}

function oneOf(types) {
  if (types.length === 1) return `of type ${types[0]}`;
  return `one of type ${types.slice(0, -1).join(', ')} or ${types[types.length - 1]}`;
}

const codes = {
  ERR_INVALID_ARG_TYPE(name, expected, actual) {
    const types = Array.isArray(expected) ? expected : [expected];
    const what = name.includes('.') ? 'property' : 'argument';
    return makeError(TypeError, 'ERR_INVALID_ARG_TYPE',
      `The "${name}" ${what} must be ${oneOf(types)}.${describeReceived(actual)}`);
  },
  ERR_INVALID_ARG_VALUE(name, value, reason = 'is invalid') {
    const inspected = require('util').inspect(value);
    return makeError(TypeError, 'ERR_INVALID_ARG_VALUE', `The argument '${name}' ${reason}. Received ${inspected}`);
  },
  ERR_OUT_OF_RANGE(name, range, value) {
    return makeError(RangeError, 'ERR_OUT_OF_RANGE',
      `The value of "${name}" is out of range. It must be ${range}. Received ${require('util').inspect(value)}`);
  },
  ERR_UNHANDLED_ERROR(err) {
    let message = 'Unhandled error.';
    if (err !== undefined) message += ` (${require('util').inspect(err)})`;
    const e = makeError(Error, 'ERR_UNHANDLED_ERROR', message);
    e.context = err;
    return e;
  },
  ERR_UNKNOWN_BUILTIN_MODULE(name) {
    return makeError(Error, 'ERR_UNKNOWN_BUILTIN_MODULE', `No such built-in module: ${name}`);
  },
  ERR_MODULE_NOT_FOUND(request, base) {
    return makeError(Error, 'ERR_MODULE_NOT_FOUND', `Cannot find module '${request}' imported from ${base}`);
  },
  ERR_UNSUPPORTED_DIR_IMPORT(path, base) {
    return makeError(Error, 'ERR_UNSUPPORTED_DIR_IMPORT',
      `Directory import '${path}' is not supported resolving ES modules imported from ${base}`);
  },
  ERR_PACKAGE_PATH_NOT_EXPORTED(dir, subpath) {
    return makeError(Error, 'ERR_PACKAGE_PATH_NOT_EXPORTED',
      `Package subpath '${subpath}' is not defined by "exports" in ${dir}/package.json`);
  },
  ERR_UNHANDLED_REJECTION(reason) {
    return makeError(Error, 'ERR_UNHANDLED_REJECTION',
      'This error originated either by throwing inside of an async function without a catch block, ' +
      'or by rejecting a promise which was not handled with .catch(). The promise rejected with the' +
      ` reason "${require('util').inspect(reason)}".`);
  },
  ERR_INVALID_THIS(type) {
    return makeError(TypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
  },
  ERR_METHOD_NOT_IMPLEMENTED(name) {
    return makeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', `The ${name} method is not implemented`);
  },
};

function validateFunction(value, name) {
  if (typeof value !== 'function') throw codes.ERR_INVALID_ARG_TYPE(name, 'function', value);
}

function validateNumber(value, name) {
  if (typeof value !== 'number') throw codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw codes.ERR_INVALID_ARG_TYPE(name, 'string', value);
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw codes.ERR_INVALID_ARG_TYPE(name, 'object', value);
  }
}

module.exports = { codes, makeError, validateFunction, validateNumber, validateString, validateObject };
