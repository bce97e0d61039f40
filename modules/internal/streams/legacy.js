'use strict';
// The legacy Stream: an EventEmitter with the old pipe(), the base class
// of Readable and Writable (`require('stream')` is this function).

const EventEmitter = require('events');

/** Stream: the base of every stream class. */
function Stream(options) {
  EventEmitter.call(this, options);
}
Object.setPrototypeOf(Stream.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Stream, EventEmitter);

/** The pre-streams2 pipe: writes every 'data' chunk to `dest`. */
Stream.prototype.pipe = function pipe(dest, options) {
  const source = this;
  function ondata(chunk) {
    if (dest.writable && dest.write(chunk) === false && source.pause) source.pause();
  }
  function ondrain() {
    if (source.readable && source.resume) source.resume();
  }
  source.on('data', ondata);
  dest.on('drain', ondrain);
  let didOnEnd = false;
  function onend() {
    if (didOnEnd) return;
    didOnEnd = true;
    dest.end();
  }
  if (!dest._isStdio && (!options || options.end !== false)) {
    source.on('end', onend);
  }
  function cleanup() {
    source.removeListener('data', ondata);
    dest.removeListener('drain', ondrain);
    source.removeListener('end', onend);
    source.removeListener('end', cleanup);
    source.removeListener('close', cleanup);
    dest.removeListener('close', cleanup);
  }
  source.on('end', cleanup);
  source.on('close', cleanup);
  dest.on('close', cleanup);
  dest.emit('pipe', source);
  return dest;
};

/** The events with listeners (streams keep empty slots for common events). */
Stream.prototype.eventNames = function eventNames() {
  const events = this._events;
  if (events === undefined) return [];
  return Reflect.ownKeys(events).filter((key) => typeof events[key] === 'function' ||
    (Array.isArray(events[key]) && events[key].length > 0));
};

module.exports = { Stream };
