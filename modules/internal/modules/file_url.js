'use strict';
// The one conversion between POSIX paths and file: URL strings. The module
// loaders use it directly (they run in builds without the url plugin);
// node:url's fileURLToPath and pathToFileURL add URL objects, resolution and
// the Windows forms on top of it.

const { codes } = require('internal/errors');

/** The path of a file: URL string: host empty or localhost, query and
 * fragment dropped, percent escapes decoded (an encoded '/' is refused;
 * the error's `input` is `input`, node:url's URL object). */
function fileURLToPath(href, input = href) {
  let rest = href.slice('file://'.length);
  const slash = rest.indexOf('/');
  const host = slash === -1 ? rest : rest.slice(0, slash);
  if (host !== '' && host.toLowerCase() !== 'localhost') throw codes.ERR_INVALID_FILE_URL_HOST(process.platform);
  rest = slash === -1 ? '/' : rest.slice(slash);
  const end = rest.search(/[?#]/);
  const pathname = end === -1 ? rest : rest.slice(0, end);
  if (/%2f/i.test(pathname)) throw codes.ERR_INVALID_FILE_URL_PATH('must not include encoded / characters', input);
  return pathname.includes('%') ? decodeURIComponent(pathname) : pathname;
}

/** The file: URL string of an absolute path, escaped as Node escapes it
 * (encodeURI's set plus '?', '#' and '~'; lone surrogates become U+FFFD). */
function pathToFileURL(absolute) {
  return `file://${encodeURI(absolute.toWellFormed()).replace(/[?#~]/g, escapeChar)}`;
}

function escapeChar(char) {
  return `%${char.charCodeAt(0).toString(16).toUpperCase()}`;
}

module.exports = { fileURLToPath, pathToFileURL };
