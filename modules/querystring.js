'use strict';
// node:querystring — URL query strings: parse and stringify with any
// separators, and the percent-escaping they use.

const { Buffer } = require('buffer');
const { encodeStr, unreserved } = require('internal/querystring');

const isHex = (code) => (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x66);
const hexValue = (code) => (code <= 0x39 ? code - 0x30 : (code | 0x20) - 0x57);

/** Percent-encodes a value (made a string first) as UTF-8, leaving
 * encodeURIComponent's unreserved characters alone. */
function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
    str = String(str);
  }
  return encodeStr(str, unreserved);
}

/** Decodes `s` with decodeURIComponent, or byte by byte (unescapeBuffer)
 * when that refuses it. */
function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return unescapeBuffer(s, decodeSpaces).toString();
  }
}

/** The bytes of `s` with each valid %XX decoded (and '+' as a space when
 * `decodeSpaces`); other characters keep their low byte. */
function unescapeBuffer(s, decodeSpaces) {
  if (s == null) throw new TypeError('String.prototype.indexOf called on null or undefined');
  const text = String(s);
  if (!text.includes('%') && !(decodeSpaces && text.includes('+'))) return Buffer.from(s, 'latin1');
  const length = s.length;
  const out = Buffer.allocUnsafe(length);
  let n = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2b && decodeSpaces) {
      out[n++] = 0x20;
    } else if (code === 0x25 && i < length - 2 && isHex(text.charCodeAt(i + 1)) && isHex(text.charCodeAt(i + 2))) {
      out[n++] = hexValue(text.charCodeAt(i + 1)) * 16 + hexValue(text.charCodeAt(i + 2));
      i += 2;
    } else {
      out[n++] = code;
    }
  }
  return out.subarray(0, n);
}

/**
 * Parses a query string into a null-prototype object; a key seen more
 * than once gets an array. `sep` and `eq` may be several characters;
 * options: maxKeys (default 1000, 0 for no limit) and decodeURIComponent.
 */
function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  const sepText = sep ? String(sep) : '&';
  const eqText = eq ? String(eq) : '=';
  let pairs = 1000;
  if (options && typeof options.maxKeys === 'number') pairs = options.maxKeys > 0 ? options.maxKeys : Infinity;
  let decode = module.exports.unescape;
  if (options && typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
  // The default decoder only sees keys and values that hold a %XX, and
  // '+' is a space for it, a '%20' for a custom decoder to decode.
  const always = decode !== qsUnescape;
  const plus = always ? '%20' : ' ';

  // Separators match naively: a character that breaks a partial match
  // does not start a new one, and characters of a partial match are
  // taken as they are (even a '+'). `run` counts the characters of a %XX
  // seen so far, as Node does.
  let key = '';
  let value = '';
  let lastPos = 0;
  let inValue = eqText.length === 0;
  let keyEscaped = always;
  let valueEscaped = always;
  let run = 0;
  let sepAt = 0;
  let eqAt = 0;
  const take = (end) => {
    if (lastPos >= end) return;
    if (inValue) value += qs.slice(lastPos, end);
    else key += qs.slice(lastPos, end);
  };
  const add = () => {
    const k = decodeText(key, decode, keyEscaped);
    const v = decodeText(value, decode, valueEscaped);
    const current = obj[k];
    if (current === undefined) obj[k] = v;
    else if (Array.isArray(current)) current.push(v);
    else obj[k] = [current, v];
  };
  for (let i = 0; i < qs.length; i++) {
    const code = qs.charCodeAt(i);
    if (code === sepText.charCodeAt(sepAt)) {
      if (++sepAt < sepText.length) continue;
      take(i + 1 - sepText.length);
      if (inValue || key.length > 0) add();
      if (--pairs === 0) return obj;
      key = value = '';
      lastPos = i + 1;
      inValue = eqText.length === 0;
      keyEscaped = valueEscaped = always;
      run = sepAt = eqAt = 0;
      continue;
    }
    sepAt = 0;
    if (!inValue) {
      if (code === eqText.charCodeAt(eqAt)) {
        if (++eqAt === eqText.length) {
          take(i + 1 - eqText.length);
          lastPos = i + 1;
          inValue = true;
          run = 0;
        }
        continue;
      }
      eqAt = 0;
      if (!keyEscaped) {
        if (code === 0x25) {
          run = 1;
          continue;
        }
        if (run > 0 && isHex(code)) {
          if (++run === 3) keyEscaped = true;
          continue;
        }
        run = 0;
      }
    }
    if (code === 0x2b) {
      take(i);
      if (inValue) value += plus;
      else key += plus;
      lastPos = i + 1;
    } else if (inValue && !valueEscaped) {
      if (code === 0x25) run = 1;
      else if (run > 0 && isHex(code)) { if (++run === 3) valueEscaped = true; }
      else run = 0;
    }
  }
  if (lastPos < qs.length) take(qs.length);
  else if (key.length === 0 && !(inValue && eqText.length > 0)) return obj;
  add();
  return obj;
}

// A key or value of parse(), decoded when `escaped` and not empty; a
// decoder that throws leaves it to querystring.unescape.
function decodeText(text, decode, escaped) {
  if (text.length === 0 || !escaped) return text;
  try {
    return decode(text);
  } catch {
    return module.exports.unescape(text, true);
  }
}

// A value as stringify() writes it with querystring.escape: strings
// escaped, finite numbers and bigints and booleans as text, others empty.
function stringifyDefault(value, encode) {
  if (typeof value === 'string') return value.length ? encode(value) : '';
  if (typeof value === 'number' && Number.isFinite(value)) return Math.abs(value) < 1e21 ? `${value}` : encode(`${value}`);
  if (typeof value === 'bigint') return `${value}`;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return '';
}

// The same with a custom encoder, which sees every value as a string.
function stringifyCustom(value, encode) {
  const primitive = typeof value === 'string' || typeof value === 'bigint' || typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value));
  return encode(primitive ? String(value) : '');
}

/**
 * Serialises an object's own enumerable properties as a query string;
 * array values repeat their key. Options: encodeURIComponent.
 */
function stringify(obj, sep, eq, options) {
  sep ||= '&';
  eq ||= '=';
  let encode = module.exports.escape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  const convert = encode === qsEscape ? stringifyDefault : stringifyCustom;
  if (obj === null || typeof obj !== 'object') return '';
  const fields = [];
  for (const key of Object.keys(obj)) {
    const value = obj[key];
    const prefix = convert(key, encode) + eq;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) fields.push(prefix + convert(value[i], encode));
    } else {
      fields.push(prefix + convert(value, encode));
    }
  }
  return fields.join(sep);
}

module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
