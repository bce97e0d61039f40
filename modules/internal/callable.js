'use strict';
// Node's older classes (http.Server, http.Agent, net.Socket, ...) are
// functions that may be called without `new`; ours are classes. This wraps
// one so a plain call constructs, as Node's `if (!(this instanceof X))
// return new X(...)` does, while `new`, `instanceof` and subclassing go to
// the class itself.

/** `Class`, callable without `new`. */
function callableClass(Class) {
  return new Proxy(Class, {
    apply(target, thisArg, args) {
      return new target(...args);
    },
  });
}

module.exports = { callableClass };
