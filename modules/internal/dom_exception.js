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

// A DOMException is a real error object (Error.isError says so, it has a
// stack) with DOMException's prototype: the constructor returns one.
class DOMException {
  constructor(message = '', options = 'Error') {
    const self = new Error();
    Object.setPrototypeOf(self, new.target.prototype);
    if (options && typeof options === 'object') {
      const { name } = options;
      internals.set(self, { message: `${message}`, name: `${name}` });
      if ('cause' in options) {
        Object.defineProperty(self, 'cause', { value: options.cause, writable: true, configurable: true });
      }
    } else {
      internals.set(self, { message: `${message}`, name: `${options}` });
    }
    return self;
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

/** structuredClone of a DOMException: a plain DOMException with the same
 * name, message and stack (undefined when `value` is not one). */
function cloneDOMException(value) {
  const state = internals.get(value);
  if (state === undefined) return undefined;
  const copy = new DOMException(state.message, state.name);
  Object.defineProperty(copy, 'stack', { value: value.stack, writable: true, configurable: true, enumerable: false });
  return copy;
}

module.exports = { DOMException, cloneDOMException };
