'use strict';
// DOMException: the error type of web APIs (AbortError, TimeoutError,
// DataCloneError, ...), with the legacy numeric codes.

const legacyCodes = {
  IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
  NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11,
  SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15,
  TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20, URLMismatchError: 21,
  QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25,
};

// name and message live in a side table, read through prototype getters
// that refuse other receivers, as in Node.
const internals = new WeakMap();

function internalsOf(exception) {
  const state = internals.get(exception);
  if (state === undefined) {
    const err = new TypeError('Value of "this" must be of DOMException');
    err.code = 'ERR_INVALID_THIS';
    throw err;
  }
  return state;
}

class DOMException {
  constructor(message = '', options = 'Error') {
    if (options && typeof options === 'object') {
      const { name } = options;
      internals.set(this, { message: `${message}`, name: `${name}` });
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', { value: options.cause, writable: true, configurable: true });
      }
    } else {
      internals.set(this, { message: `${message}`, name: `${options}` });
    }
    Error.captureStackTrace(this, new.target);
  }

  get name() {
    return internalsOf(this).name;
  }

  get message() {
    return internalsOf(this).message;
  }

  get code() {
    return legacyCodes[internalsOf(this).name] || 0;
  }
}
Object.setPrototypeOf(DOMException.prototype, Error.prototype);
for (const key of ['name', 'message', 'code']) {
  Object.defineProperty(DOMException.prototype, key, { enumerable: true });
}

Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { value: 'DOMException', configurable: true });
for (const [name, code] of Object.entries(legacyCodes)) {
  const constant = name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase().replace(/_ERROR$/, '_ERR');
  Object.defineProperty(DOMException, constant, { value: code, enumerable: true });
}

module.exports = { DOMException };
