'use strict';
// path.posix: paths with '/' separators, rooted at '/'.

const { validateString } = require('internal/errors');
const { isPosixSeparator: isSeparator, normalizeSegments, scanLastSegment, basenameFrom, formatPath } =
  require('internal/path/common');

const SLASH = 47;

const posix = {
  sep: '/',
  delimiter: ':',

  /** The absolute path the arguments lead to, right to left, from the cwd. */
  resolve(...args) {
    let resolved = '';
    let absolute = false;
    for (let i = args.length - 1; i >= -1 && !absolute; i--) {
      const path = i >= 0 ? args[i] : process.cwd();
      if (i >= 0) validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
      resolved = `${path}/${resolved}`;
      absolute = path.charCodeAt(0) === SLASH;
    }
    resolved = normalizeSegments(resolved, !absolute, '/', isSeparator);
    if (absolute) return `/${resolved}`;
    return resolved.length > 0 ? resolved : '.';
  },

  /** `path` without '.', '..' and repeated separators. */
  normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const absolute = path.charCodeAt(0) === SLASH;
    const trailingSeparator = path.charCodeAt(path.length - 1) === SLASH;
    path = normalizeSegments(path, !absolute, '/', isSeparator);
    if (path.length === 0) {
      if (absolute) return '/';
      return trailingSeparator ? './' : '.';
    }
    if (trailingSeparator) path += '/';
    return absolute ? `/${path}` : path;
  },

  /** Whether `path` starts at the root. */
  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === SLASH;
  },

  /** The non-empty arguments joined with '/' and normalized. */
  join(...args) {
    const parts = [];
    for (const arg of args) {
      validateString(arg, 'path');
      if (arg.length > 0) parts.push(arg);
    }
    return parts.length === 0 ? '.' : posix.normalize(parts.join('/'));
  },

  /** The path from `from` to `to` (both resolved first). */
  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    // Both start with '/'; compare what follows.
    const fromLen = from.length - 1;
    const toLen = to.length - 1;
    const length = Math.min(fromLen, toLen);
    let lastCommonSep = -1;
    let i = 0;
    for (; i < length; i++) {
      const code = from.charCodeAt(1 + i);
      if (code !== to.charCodeAt(1 + i)) break;
      if (code === SLASH) lastCommonSep = i;
    }
    if (i === length) {
      if (toLen > length) {
        // `from` is a prefix of `to`: '/a' to '/a/b', or the root to '/a'.
        if (to.charCodeAt(1 + i) === SLASH) return to.slice(2 + i);
        if (i === 0) return to.slice(1);
      } else if (fromLen > length) {
        // `to` is a prefix of `from`: '/a/b' to '/a', or '/a' to the root.
        if (from.charCodeAt(1 + i) === SLASH) lastCommonSep = i;
        else if (i === 0) lastCommonSep = 0;
      }
    }
    let out = '';
    for (i = lastCommonSep + 2; i <= from.length; ++i) {
      if (i === from.length || from.charCodeAt(i) === SLASH) out += out.length === 0 ? '..' : '/..';
    }
    return `${out}${to.slice(1 + lastCommonSep)}`;
  },

  /** POSIX has no namespaced paths: `path` itself. */
  toNamespacedPath(path) {
    return path;
  },

  /** `path` without its last segment. */
  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const hasRoot = path.charCodeAt(0) === SLASH;
    let end = -1;
    let matchedSlash = true;
    for (let i = path.length - 1; i >= 1; --i) {
      if (path.charCodeAt(i) === SLASH) {
        if (!matchedSlash) {
          end = i;
          break;
        }
      } else {
        matchedSlash = false;
      }
    }
    if (end === -1) return hasRoot ? '/' : '.';
    if (hasRoot && end === 1) return '//';
    return path.slice(0, end);
  },

  /** The last segment of `path`, without `suffix` when given and present. */
  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    return basenameFrom(path, 0, suffix, isSeparator);
  },

  /** The extension of the last segment, from its last '.'; '' when none. */
  extname(path) {
    validateString(path, 'path');
    const { startDot, end, hasExtension } = scanLastSegment(path, 0, isSeparator);
    return hasExtension ? path.slice(startDot, end) : '';
  },

  /** The path `pathObject` ({ root, dir, base, name, ext }) describes. */
  format(pathObject) {
    return formatPath('/', pathObject);
  },

  /** `path` split into { root, dir, base, ext, name }. */
  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const absolute = path.charCodeAt(0) === SLASH;
    if (absolute) ret.root = '/';
    const { startDot, startPart, end, hasExtension } = scanLastSegment(path, absolute ? 1 : 0, isSeparator, 0);
    if (end !== -1) {
      const start = startPart === 0 && absolute ? 1 : startPart;
      ret.base = path.slice(start, end);
      if (hasExtension) {
        ret.name = path.slice(start, startDot);
        ret.ext = path.slice(startDot, end);
      } else {
        ret.name = ret.base;
      }
    }
    if (startPart > 0) ret.dir = path.slice(0, startPart - 1);
    else if (absolute) ret.dir = '/';
    return ret;
  },
};

module.exports = posix;
