'use strict';
// node:stream/consumers — read a whole stream (or any async iterable of
// chunks) into one value: text, JSON, bytes, a Buffer, an ArrayBuffer or
// a Blob.

const { TextDecoder } = require('internal/encoding');
const { Blob } = require('internal/blob');
const { Buffer } = require('buffer');

/** All the chunks as one Blob. */
async function blob(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return new Blob(chunks);
}

/** All the bytes as one ArrayBuffer. */
async function arrayBuffer(stream) {
  return (await blob(stream)).arrayBuffer();
}

/** All the bytes as one Buffer. */
async function buffer(stream) {
  return Buffer.from(await arrayBuffer(stream));
}

/** All the bytes as one Uint8Array. */
async function bytes(stream) {
  return new Uint8Array(await arrayBuffer(stream));
}

/** The chunks decoded as UTF-8 (string chunks as they are). */
async function text(stream) {
  const decoder = new TextDecoder();
  let str = '';
  for await (const chunk of stream) {
    if (typeof chunk === 'string') str += chunk;
    else str += decoder.decode(chunk, { stream: true });
  }
  // Flush a multibyte character left incomplete at the end.
  return str + decoder.decode(undefined, { stream: false });
}

/** The text parsed as JSON. */
async function json(stream) {
  return JSON.parse(await text(stream));
}

module.exports = { arrayBuffer, blob, buffer, bytes, text, json };
