'use strict';
// MessageEvent: the event MessagePort and BroadcastChannel dispatch
// ('message'), carrying the received data and the transferred ports.

const { Event } = require('internal/event_target');
const { codes } = require('internal/errors');

const fields = new WeakMap();

function fieldsOf(event) {
  const state = fields.get(event);
  if (state === undefined) throw new TypeError('Illegal invocation');
  return state;
}

/** A 'message' (or 'messageerror') event. */
class MessageEvent extends Event {
  constructor(type, init = undefined) {
    if (arguments.length === 0) throw codes.ERR_MISSING_ARGS('type');
    super(type, init);
    const { data = null, origin = '', lastEventId = '', source = null, ports = [] } = init || {};
    fields.set(this, { data, origin: `${origin}`, lastEventId: `${lastEventId}`, source, ports: Object.freeze([...ports]) });
  }

  get data() { return fieldsOf(this).data; }
  get origin() { return fieldsOf(this).origin; }
  get lastEventId() { return fieldsOf(this).lastEventId; }
  get source() { return fieldsOf(this).source; }
  get ports() { return fieldsOf(this).ports; }
}
Object.defineProperty(MessageEvent.prototype, Symbol.toStringTag, { value: 'MessageEvent', configurable: true });

module.exports = { MessageEvent };
