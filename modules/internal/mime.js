'use strict';
// util.MIMEType and util.MIMEParams: MIME types parsed and serialized as the
// WHATWG MIME Sniffing standard says (https://mimesniff.spec.whatwg.org/).

const { codes } = require('internal/errors');

const TOKEN_CHARS = "!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** Whether `code` is an HTTP token code point. */
function isTokenCode(code) {
  return code < 128 && TOKEN_CHARS.includes(String.fromCharCode(code));
}

/** Whether `code` may appear in an HTTP quoted string (tab, printable, Latin-1). */
function isQuotedStringCode(code) {
  return code === 0x09 || (code >= 0x20 && code <= 0x7e) || (code >= 0x80 && code <= 0xff);
}

/** Whether `code` is HTTP whitespace (space, tab, CR, LF). */
function isWhitespace(code) {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** The index in `str` of its first code point failing `test`, or -1. */
function firstInvalid(str, test, start = 0, end = str.length) {
  for (let i = start; i < end; i++) {
    if (!test(str.charCodeAt(i))) return i - start;
  }
  return -1;
}

/** `str` with A-Z lowercased and everything else left as is. */
function asciiLower(str) {
  return str.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
}

/** The end of `str[start, end)` without its trailing HTTP whitespace. */
function trimEnd(str, start, end) {
  while (end > start && isWhitespace(str.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * Collects an HTTP quoted string starting at the '"' at `position`, with
 * backslash escapes resolved; returns [value, position after it].
 */
function collectQuotedString(str, position, end) {
  let value = '';
  position++;
  while (position < end) {
    const char = str[position++];
    if (char === '"') break;
    if (char !== '\\') {
      value += char;
    } else if (position < end) {
      value += str[position++];
    } else {
      value += '\\';
    }
  }
  return [value, position];
}

/** Parses the parameters in `str[position, end)` into the Map `params`. */
function parseParameters(str, position, end, params) {
  while (position < end) {
    while (position < end && isWhitespace(str.charCodeAt(position))) position++;
    const nameStart = position;
    while (position < end && str[position] !== ';' && str[position] !== '=') position++;
    const name = asciiLower(str.slice(nameStart, position));
    if (position < end && str[position] === ';') {
      // A parameter without a value is ignored.
      position++;
      continue;
    }
    position++;
    if (position >= end) break;
    let value;
    if (str[position] === '"') {
      [value, position] = collectQuotedString(str, position, end);
      while (position < end && str[position] !== ';') position++;
    } else {
      const valueStart = position;
      while (position < end && str[position] !== ';') position++;
      value = str.slice(valueStart, trimEnd(str, valueStart, position));
      if (value.length === 0) {
        position++;
        continue;
      }
    }
    if (name.length > 0 && firstInvalid(name, isTokenCode) === -1 &&
        firstInvalid(value, isQuotedStringCode) === -1 && !params.has(name)) {
      params.set(name, value);
    }
    position++;
  }
}

/**
 * Parses a MIME type string: { type, subtype, params } (params a Map), or
 * { production, index } naming the part that is invalid (and where, or -1).
 */
function parseMimeType(str) {
  let position = 0;
  while (position < str.length && isWhitespace(str.charCodeAt(position))) position++;
  const end = trimEnd(str, position, str.length);

  const typeStart = position;
  while (position < str.length && str[position] !== '/') position++;
  const typeIndex = firstInvalid(str, isTokenCode, typeStart, position);
  if (position === typeStart || typeIndex !== -1 || position >= str.length) {
    return { production: 'type', index: typeIndex };
  }
  const type = str.slice(typeStart, position);

  const subtypeStart = ++position;
  while (position < str.length && str[position] !== ';') position++;
  const subtypeEnd = trimEnd(str, subtypeStart, position);
  const subtypeIndex = firstInvalid(str, isTokenCode, subtypeStart, subtypeEnd);
  if (subtypeEnd === subtypeStart || subtypeIndex !== -1) {
    return { production: 'subtype', index: subtypeIndex };
  }
  const subtype = str.slice(subtypeStart, subtypeEnd);

  const params = new Map();
  parseParameters(str, position + 1, end, params);
  return { type: asciiLower(type), subtype: asciiLower(subtype), params };
}

/** A parameter value as serialized: bare when a token, else quoted. */
function serializeValue(value) {
  if (value.length > 0 && firstInvalid(value, isTokenCode) === -1) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

/** Throws ERR_INVALID_MIME_SYNTAX unless `value` is a non-empty token. */
function validateToken(production, value) {
  const index = firstInvalid(value, isTokenCode);
  if (value.length === 0 || index !== -1) throw codes.ERR_INVALID_MIME_SYNTAX(production, value, index);
}

// MIMEType builds its MIMEParams around an already parsed Map through this.
let paramsFromMap;

/** The parameters of a MIME type: a map of lowercase names to values. */
class MIMEParams {
  #data = new Map();

  static {
    paramsFromMap = (data) => {
      const params = new MIMEParams();
      params.#data = data;
      return params;
    };
  }

  /** Removes the parameter `name`. */
  delete(name) {
    this.#data.delete(asciiLower(`${name}`));
  }

  /** The value of parameter `name`, or null. */
  get(name) {
    const value = this.#data.get(asciiLower(`${name}`));
    return value === undefined ? null : value;
  }

  /** Whether parameter `name` is present. */
  has(name) {
    return this.#data.has(asciiLower(`${name}`));
  }

  /** Sets parameter `name` (a token) to `value` (quoted-string code points). */
  set(name, value) {
    name = asciiLower(`${name}`);
    value = `${value}`;
    const nameIndex = firstInvalid(name, isTokenCode);
    if (name.length === 0 || nameIndex !== -1) throw codes.ERR_INVALID_MIME_SYNTAX('parameter name', name, nameIndex);
    const valueIndex = firstInvalid(value, isQuotedStringCode);
    if (valueIndex !== -1) throw codes.ERR_INVALID_MIME_SYNTAX('parameter value', value, valueIndex);
    this.#data.set(name, value);
  }

  /** The [name, value] pairs, in insertion order. */
  *entries() {
    yield* this.#data.entries();
  }

  /** The names, in insertion order. */
  *keys() {
    yield* this.#data.keys();
  }

  /** The values, in insertion order. */
  *values() {
    yield* this.#data.values();
  }

  /** The parameters serialized: 'name=value;name="quoted value"'. */
  toString() {
    const parts = [];
    for (const [name, value] of this.#data) parts.push(`${name}=${serializeValue(value)}`);
    return parts.join(';');
  }
}
const serializeParams = MIMEParams.prototype.toString;
Object.defineProperty(MIMEParams.prototype, Symbol.iterator, {
  value: MIMEParams.prototype.entries, writable: true, configurable: true,
});
Object.defineProperty(MIMEParams.prototype, 'toJSON', { value: serializeParams, writable: true, configurable: true });

/** A parsed MIME type: type, subtype and parameters. */
class MIMEType {
  #type;
  #subtype;
  #params;

  /** Parses `string`; throws ERR_INVALID_MIME_SYNTAX when it is no MIME type. */
  constructor(string) {
    const parsed = parseMimeType(`${string}`);
    if (parsed.production !== undefined) {
      throw codes.ERR_INVALID_MIME_SYNTAX(parsed.production, `${string}`, parsed.index);
    }
    this.#type = parsed.type;
    this.#subtype = parsed.subtype;
    this.#params = paramsFromMap(parsed.params);
  }

  /** Like the constructor, but null instead of an error for invalid input. */
  static parse(string) {
    string = `${string}`;
    return parseMimeType(string).production === undefined ? new MIMEType(string) : null;
  }

  /** The type, lowercase ('text' of 'text/html'). */
  get type() {
    return this.#type;
  }

  set type(value) {
    value = `${value}`;
    validateToken('type', value);
    this.#type = asciiLower(value);
  }

  /** The subtype, lowercase ('html' of 'text/html'). */
  get subtype() {
    return this.#subtype;
  }

  set subtype(value) {
    value = `${value}`;
    validateToken('subtype', value);
    this.#subtype = asciiLower(value);
  }

  /** 'type/subtype', without parameters. */
  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }

  /** The parameters (a MIMEParams). */
  get params() {
    return this.#params;
  }

  /** The MIME type serialized, parameters included. */
  toString() {
    const params = serializeParams.call(this.#params);
    return params.length > 0 ? `${this.essence};${params}` : this.essence;
  }
}
Object.defineProperty(MIMEType.prototype, 'toJSON', {
  value: MIMEType.prototype.toString, writable: true, configurable: true,
});

module.exports = { MIMEType, MIMEParams };
