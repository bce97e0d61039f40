'use strict';
// Blob and File: immutable bytes with a MIME type (the web's Blob, as Node
// has it globally and in node:buffer).

const { codes } = require('internal/errors');

const { kClone } = require('internal/structured_clone');

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const encoder = () => binding.encodeUtf8;

// A Blob's bytes, for joining Blobs without exposing them to users.
let bytesOf;

function partBytes(part) {
  if (part instanceof Blob) return bytesOf(part);
  if (part instanceof ArrayBuffer) return new Uint8Array(part.slice(0));
  if (ArrayBuffer.isView(part)) return new Uint8Array(part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength));
  return new Uint8Array(encoder()(String(part)));
}

function normalizeType(type) {
  const text = type === undefined ? '' : String(type);
  return /[^\u0020-\u007e]/.test(text) ? '' : text.toLowerCase();
}

/** Blob: immutable bytes with a type. */
class Blob {
  #bytes;
  #type;

  constructor(sources = [], options = undefined) {
    if (sources === null || typeof sources !== 'object' || typeof sources[Symbol.iterator] !== 'function') {
      // Web IDL's wording: a TypeError that carries the code but is not
      // named after it.
      const err = new TypeError('Value cannot be converted to sequence.');
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    if (options != null && typeof options !== 'object' && typeof options !== 'function') {
      throw codes.ERR_INVALID_ARG_TYPE('options', 'a dictionary', options);
    }
    const parts = Array.from(sources, partBytes);
    const bytes = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
    let offset = 0;
    for (const part of parts) {
      bytes.set(part, offset);
      offset += part.length;
    }
    this.#bytes = bytes;
    this.#type = normalizeType(options && options.type);
  }

  /** The byte count. */
  get size() {
    return this.#bytes.length;
  }

  /** The MIME type, lower-cased ('' when unknown). */
  get type() {
    return this.#type;
  }

  static {
    bytesOf = (blob) => blob.#bytes;
  }

  /** A new Blob over bytes start..end (negative counts from the end). */
  slice(start = 0, end = this.size, type = '') {
    const blob = new Blob([]);
    blob.#bytes = this.#bytes.slice(start, end);
    blob.#type = normalizeType(type);
    return blob;
  }

  /** The bytes in a new ArrayBuffer. */
  arrayBuffer() {
    return Promise.resolve(this.#bytes.slice().buffer);
  }

  /** The bytes decoded as UTF-8. */
  text() {
    return Promise.resolve(binding.decodeUtf8(this.#bytes));
  }

  [kClone]() {
    return new Blob([this], { type: this.#type });
  }

  [customInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return `${this.constructor.name} ${inspect({ size: this.size, type: this.type }, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}
Object.defineProperty(Blob.prototype, Symbol.toStringTag, { value: 'Blob', configurable: true });

/** File: a Blob with a name and a modification time. */
class File extends Blob {
  #name;
  #lastModified;

  constructor(bits, name, options = {}) {
    if (arguments.length < 2) throw codes.ERR_MISSING_ARGS('fileBits', 'fileName');
    super(bits, options);
    this.#name = `${name}`;
    // Web IDL's long long: ToNumber (a BigInt throws), then NaN and the
    // infinities become 0 and the rest is truncated.
    const { lastModified } = options ?? {};
    const time = lastModified === undefined ? Date.now() : +lastModified;
    this.#lastModified = Number.isFinite(time) ? Math.trunc(time) : 0;
  }

  [kClone]() {
    return new File([this], this.#name, { type: this.type, lastModified: this.#lastModified });
  }

  [customInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const shown = { size: this.size, type: this.type, name: this.#name, lastModified: this.#lastModified };
    return `${this.constructor.name} ${inspect(shown, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }

  /** The file name. */
  get name() {
    return this.#name;
  }

  /** Milliseconds since the epoch. */
  get lastModified() {
    return this.#lastModified;
  }
}
Object.defineProperty(File.prototype, Symbol.toStringTag, { value: 'File', configurable: true });
for (const name of ['name', 'lastModified']) {
  Object.defineProperty(File.prototype, name, { ...Object.getOwnPropertyDescriptor(File.prototype, name), enumerable: true });
}

// ---- blob: URLs ----

const objectURLs = new Map();
const kObjectURLPrefix = 'blob:nodedata:';

/** A random version 4 UUID (the key of an object URL, not a secret). */
function randomUUID() {
  const hex = Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = (8 + Math.floor(Math.random() * 4)).toString(16);
  const text = hex.join('');
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}

/** URL.createObjectURL(blob): a blob:nodedata: URL naming the Blob. */
function createObjectURL(blob) {
  if (!(blob instanceof Blob)) throw codes.ERR_INVALID_ARG_TYPE('obj', 'Blob', blob);
  const url = `${kObjectURLPrefix}${randomUUID()}`;
  objectURLs.set(url.slice(kObjectURLPrefix.length), blob);
  return url;
}

/** The registry key of a blob:nodedata: URL, or undefined. */
function objectURLKey(url) {
  const text = `${url}`;
  if (!text.startsWith(kObjectURLPrefix)) return undefined;
  const rest = text.slice(kObjectURLPrefix.length);
  const end = rest.search(/[?#]/);
  return end === -1 ? rest : rest.slice(0, end);
}

/** URL.revokeObjectURL(url): forgets the Blob (unknown URLs are ignored). */
function revokeObjectURL(url) {
  const key = objectURLKey(url);
  if (key !== undefined) objectURLs.delete(key);
}

/** buffer.resolveObjectURL(url): the Blob of a live object URL, or undefined. */
function resolveObjectURL(url) {
  const key = objectURLKey(url);
  return key === undefined ? undefined : objectURLs.get(key);
}

module.exports = { Blob, File, createObjectURL, revokeObjectURL, resolveObjectURL };
