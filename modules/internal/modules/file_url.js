'use strict';
// file: URL strings for the module loaders (import.meta.url, createRequire,
// import 'file:///...'), without the whole WHATWG URL parser.

/** The path of a file: URL string (percent escapes decoded). */
function fileURLToPath(url) {
  let rest = url.slice('file://'.length);
  if (rest.startsWith('localhost/')) rest = rest.slice('localhost'.length);
  const end = rest.search(/[?#]/);
  return decodeURIComponent(end === -1 ? rest : rest.slice(0, end));
}

/** The file: URL string of an absolute path. */
function pathToFileURL(file) {
  return `file://${encodeURI(file).replace(/[?#]/g, encodeURIComponent)}`;
}

module.exports = { fileURLToPath, pathToFileURL };
