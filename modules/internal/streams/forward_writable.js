'use strict';
// The writable side of a Duplex that forwards into another stream (what
// compose() and Duplex.from({ writable }) build): writes wait for the
// target's 'drain', the final callback waits until the target is done.

/**
 * Makes `duplex` write into `target`. `whenDone(done)` calls `done` once
 * the target has finished. Returns a function that drops the callbacks
 * still waiting (for `_destroy`).
 */
function forwardWritable(duplex, target, whenDone) {
  let ondrain = null;
  let onfinish = null;
  duplex._write = function (chunk, encoding, callback) {
    if (target.write(chunk, encoding)) callback();
    else ondrain = callback;
  };
  duplex._final = function (callback) {
    target.end();
    onfinish = callback;
  };
  target.on('drain', () => {
    const cb = ondrain;
    ondrain = null;
    if (cb) cb();
  });
  whenDone(() => {
    const cb = onfinish;
    onfinish = null;
    if (cb) cb();
  });
  return () => {
    ondrain = null;
    onfinish = null;
  };
}

module.exports = { forwardWritable };
