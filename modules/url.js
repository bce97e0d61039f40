'use strict';
// node:url — the WHATWG URL API (URL, URLSearchParams, the file: URL
// helpers) and format() for URL objects.

const url = require('internal/url');

module.exports = {
  URL: url.URL,
  URLSearchParams: url.URLSearchParams,
  domainToASCII: url.domainToASCII,
  domainToUnicode: url.domainToUnicode,
  fileURLToPath: url.fileURLToPath,
  pathToFileURL: url.pathToFileURL,
  urlToHttpOptions: url.urlToHttpOptions,
  format: url.formatURL,
};
