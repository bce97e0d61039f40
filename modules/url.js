'use strict';
// node:url — the WHATWG URL API (URL, URLSearchParams, the file: URL
// helpers) and the legacy one (url.parse(), url.format(), url.resolve()).

const url = require('internal/url');
const { Url, parseUrl } = require('internal/url_legacy');
const { codes, validateObject } = require('internal/errors');

let parseWarned = false;

/** url.parse(): a legacy Url object for a URL string (DEP0169: warned
 * about once, unless called from node_modules). */
function urlParse(input, parseQueryString, slashesDenoteHost) {
  if (!parseWarned && !require('internal/call_sites').isInsideNodeModules()) {
    parseWarned = true;
    process.emitWarning('`url.parse()` behavior is not standardized and prone to errors that have security ' +
      'implications. Use the WHATWG URL API instead. CVEs are not issued for `url.parse()` vulnerabilities.',
    'DeprecationWarning', 'DEP0169');
  }
  return parseUrl(input, parseQueryString, slashesDenoteHost);
}

/** url.format(): a URL string from a legacy object, a string (parsed
 * first), or a WHATWG URL with options fragment, unicode, search, auth. */
function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = parseUrl(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw codes.ERR_INVALID_ARG_TYPE('urlObject', ['object', 'string'], urlObject);
  } else if (urlObject instanceof url.URL) {
    const flags = { fragment: true, unicode: false, search: true, auth: true };
    if (options) {
      validateObject(options, 'options');
      for (const name of Object.keys(flags)) {
        if (options[name] != null) flags[name] = Boolean(options[name]);
      }
    }
    return url.formatURL(urlObject, flags);
  }
  return Url.prototype.format.call(urlObject);
}

/** url.resolve(): `relative` resolved against `source`, as a string. */
function urlResolve(source, relative) {
  return parseUrl(source, false, true).resolve(relative);
}

/** url.resolveObject(): the same as a Url object (`relative` itself when
 * `source` is empty). */
function urlResolveObject(source, relative) {
  if (!source) return relative;
  return parseUrl(source, false, true).resolveObject(relative);
}

module.exports = {
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  URL: url.URL,
  URLSearchParams: url.URLSearchParams,
  domainToASCII: url.domainToASCII,
  domainToUnicode: url.domainToUnicode,
  pathToFileURL: url.pathToFileURL,
  fileURLToPath: url.fileURLToPath,
  urlToHttpOptions: url.urlToHttpOptions,
};
