'use strict';
// path.win32: Windows paths. Both '/' and '\' separate; '\' is written. A
// root is a drive ('C:' relative to that drive's cwd, 'C:\' absolute), a
// lone separator, a UNC share ('\\server\share') or a device namespace
// ('\\.\' and '\\?\').

const { validateString } = require('internal/errors');
const { isWindowsSeparator: isSeparator, normalizeSegments, scanLastSegment, basenameFrom, formatPath } =
  require('internal/path/common');

const BACKSLASH = 92;
const COLON = 58;

// Device names Windows reserves in every directory ('CON:', 'COM1:'...).
const RESERVED_NAMES = new Set([
  'CON', 'PRN', 'AUX', 'NUL',
  'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7', 'COM8', 'COM9',
  'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9',
  'COM\xb9', 'COM\xb2', 'COM\xb3', 'LPT\xb9', 'LPT\xb2', 'LPT\xb3',
]);

/** Whether the text of `path` before index `colon` is a reserved device name. */
function isReservedName(path, colon) {
  return RESERVED_NAMES.has(path.slice(0, colon).toUpperCase());
}

/** Whether `code` is an ASCII letter (a drive letter). */
function isDriveLetter(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Whether `path` starts with a drive ('C:'). */
function hasDrive(path) {
  return path.length >= 2 && path.charCodeAt(1) === COLON && isDriveLetter(path.charCodeAt(0));
}

/**
 * Matches a UNC root at the start of `path`: two separators, a server
 * name, separators, a share name. Returns { server, share, end } (end is
 * the index after the share) or null.
 */
function matchUnc(path) {
  const len = path.length;
  if (len < 2 || !isSeparator(path.charCodeAt(0)) || !isSeparator(path.charCodeAt(1))) return null;
  let j = 2;
  while (j < len && !isSeparator(path.charCodeAt(j))) j++;
  if (j === len || j === 2) return null;
  const server = path.slice(2, j);
  while (j < len && isSeparator(path.charCodeAt(j))) j++;
  if (j === len) return null;
  const shareStart = j;
  while (j < len && !isSeparator(path.charCodeAt(j))) j++;
  return { server, share: path.slice(shareStart, j), end: j };
}

/** Whether a UNC match is the '\\.\' or '\\?\' device namespace. */
function isNamespace(unc) {
  return unc.server === '.' || unc.server === '?';
}

/** The root of one argument of resolve: { device, rootEnd, absolute }. */
function resolveRoot(path) {
  if (isSeparator(path.charCodeAt(0))) {
    const unc = matchUnc(path);
    if (unc === null) return { device: '', rootEnd: 1, absolute: true };
    if (isNamespace(unc)) return { device: `\\\\${unc.server}`, rootEnd: 4, absolute: true };
    return { device: `\\\\${unc.server}\\${unc.share}`, rootEnd: unc.end, absolute: true };
  }
  if (hasDrive(path)) {
    const absolute = path.length > 2 && isSeparator(path.charCodeAt(2));
    return { device: path.slice(0, 2), rootEnd: absolute ? 3 : 2, absolute };
  }
  return { device: '', rootEnd: 0, absolute: false };
}

/**
 * The root of a path for normalize: { device, rootEnd, absolute }, device
 * undefined when there is none; `uncOnly` when the path is nothing but a
 * UNC root.
 */
function normalizeRoot(path) {
  if (isSeparator(path.charCodeAt(0))) {
    const unc = matchUnc(path);
    if (unc === null) return { device: undefined, rootEnd: 1, absolute: true };
    if (isNamespace(unc)) {
      // '\\?\COM1:' keeps the reserved device as part of its root.
      const deviceName = path.slice(4, path.indexOf(':') + 1);
      if (isReservedName(deviceName, deviceName.length - 1)) {
        return { device: `\\\\?\\${deviceName}`, rootEnd: 4 + deviceName.length, absolute: true };
      }
      return { device: `\\\\${unc.server}`, rootEnd: 4, absolute: true };
    }
    const device = `\\\\${unc.server}\\${unc.share}`;
    return { device, rootEnd: unc.end, absolute: true, uncOnly: unc.end === path.length };
  }
  const colon = path.indexOf(':');
  if (colon === 1 && isDriveLetter(path.charCodeAt(0))) {
    const absolute = path.length > 2 && isSeparator(path.charCodeAt(2));
    return { device: path.slice(0, 2), rootEnd: absolute ? 3 : 2, absolute };
  }
  if (colon > 0 && isReservedName(path, colon)) {
    return { device: path.slice(0, colon + 1), rootEnd: colon + 1, absolute: false };
  }
  return { device: undefined, rootEnd: 0, absolute: false };
}

/**
 * Whether a relative, rootless path that had a ':' normalized to `tail`
 * Windows could read as rooted (a drive, or an alternate data stream
 * 'name:' ending a segment), so it needs a leading '.\' (CVE-2024-36139).
 */
function needsDotPrefix(path, tail) {
  if (hasDrive(tail)) return true;
  for (let index = path.indexOf(':'); index !== -1; index = path.indexOf(':', index + 1)) {
    if (index === path.length - 1 || isSeparator(path.charCodeAt(index + 1))) return true;
  }
  return false;
}

/** The cwd of drive `device` for resolve (Windows keeps one per drive in '=C:'). */
function driveCwd(device) {
  const cwd = process.env[`=${device}`] || process.cwd();
  const otherDrive = cwd.slice(0, 2).toLowerCase() !== device.toLowerCase() && cwd.charCodeAt(2) === BACKSLASH;
  return otherDrive ? `${device}\\` : cwd;
}

/** The parts of a resolved path between '\' (the empty last one dropped). */
function splitResolved(path) {
  const parts = path.split('\\');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/**
 * relative for paths whose lowercase form has another length than they
 * (some non-ASCII letters): compares whole segments, ignoring case.
 */
function relativeBySegments(fromOrig, toOrig) {
  const fromParts = splitResolved(fromOrig);
  const toParts = splitResolved(toOrig);
  const length = Math.min(fromParts.length, toParts.length);
  let i = 0;
  while (i < length && fromParts[i].toLowerCase() === toParts[i].toLowerCase()) i++;
  if (i === 0) return toOrig;
  if (i === length) {
    if (toParts.length > length) return toParts.slice(i).join('\\');
    if (fromParts.length > length) return `${'..\\'.repeat(fromParts.length - 1 - i)}..`;
    return '';
  }
  return '..\\'.repeat(fromParts.length - i) + toParts.slice(i).join('\\');
}

/** The index range of `path` without leading and trailing backslashes. */
function trimBackslashes(path) {
  let start = 0;
  while (start < path.length && path.charCodeAt(start) === BACKSLASH) start++;
  let end = path.length;
  while (end - 1 > start && path.charCodeAt(end - 1) === BACKSLASH) end--;
  return { start, end };
}

const win32 = {
  sep: '\\',
  delimiter: ';',

  /** The absolute path the arguments lead to, right to left, from the cwd. */
  resolve(...args) {
    let resolvedDevice = '';
    let resolvedTail = '';
    let resolvedAbsolute = false;
    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (resolvedDevice.length === 0) {
        path = process.cwd();
        const onlyCwd = args.length === 0 || (args.length === 1 && (args[0] === '' || args[0] === '.'));
        if (onlyCwd && isSeparator(path.charCodeAt(0))) return path.replace(/\//g, '\\');
      } else {
        path = driveCwd(resolvedDevice);
      }
      const { device, rootEnd, absolute } = resolveRoot(path);
      if (device.length > 0) {
        // A path on another device than the one resolved so far is ignored.
        if (resolvedDevice.length === 0) resolvedDevice = device;
        else if (device.toLowerCase() !== resolvedDevice.toLowerCase()) continue;
      }
      if (resolvedAbsolute) {
        if (resolvedDevice.length > 0) break;
      } else {
        resolvedTail = `${path.slice(rootEnd)}\\${resolvedTail}`;
        resolvedAbsolute = absolute;
        if (absolute && resolvedDevice.length > 0) break;
      }
    }
    resolvedTail = normalizeSegments(resolvedTail, !resolvedAbsolute, '\\', isSeparator);
    if (resolvedAbsolute) return `${resolvedDevice}\\${resolvedTail}`;
    return `${resolvedDevice}${resolvedTail}` || '.';
  },

  /** `path` with '\' separators, without '.', '..' and repeated separators. */
  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return path === '/' ? '\\' : path;
    const { device, rootEnd, absolute, uncOnly } = normalizeRoot(path);
    if (uncOnly) return `${device}\\`;
    let tail = rootEnd < len ? normalizeSegments(path.slice(rootEnd), !absolute, '\\', isSeparator) : '';
    if (tail.length === 0 && !absolute) tail = '.';
    if (tail.length > 0 && isSeparator(path.charCodeAt(len - 1))) tail += '\\';
    if (!absolute && device === undefined && path.includes(':') && needsDotPrefix(path, tail)) {
      return `.\\${tail}`;
    }
    if (isReservedName(path, path.indexOf(':'))) return `.\\${device ?? ''}${tail}`;
    if (device === undefined) return absolute ? `\\${tail}` : tail;
    return absolute ? `${device}\\${tail}` : `${device}${tail}`;
  },

  /** Whether `path` starts at a separator or a drive's root ('C:\'). */
  isAbsolute(path) {
    validateString(path, 'path');
    if (path.length === 0) return false;
    return isSeparator(path.charCodeAt(0)) || (path.length > 2 && hasDrive(path) && isSeparator(path.charCodeAt(2)));
  },

  /** The non-empty arguments joined with '\' and normalized. */
  join(...args) {
    const parts = [];
    for (const arg of args) {
      validateString(arg, 'path');
      if (arg.length > 0) parts.push(arg);
    }
    if (parts.length === 0) return '.';
    let joined = parts.join('\\');
    // Leading separators collapse to one, so normalize does not read a UNC
    // root, unless the first part itself starts like one ('//server').
    const first = parts[0];
    const firstIsUnc = first.length > 2 && isSeparator(first.charCodeAt(0)) && isSeparator(first.charCodeAt(1)) &&
      !isSeparator(first.charCodeAt(2));
    if (!firstIsUnc) {
      let slashes = 0;
      while (slashes < joined.length && isSeparator(joined.charCodeAt(slashes))) slashes++;
      if (slashes >= 2) joined = `\\${joined.slice(slashes)}`;
    }
    // A segment naming a reserved device ('CON:') is kept as it is.
    const hasReserved = joined.split('\\').some((segment) => {
      const colon = segment.indexOf(':');
      return colon !== -1 && isReservedName(segment, colon);
    });
    if (hasReserved) return joined.replace(/\//g, '\\');
    return win32.normalize(joined);
  },

  /** The path from `from` to `to` (both resolved first), ignoring case. */
  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return '';
    from = fromOrig.toLowerCase();
    to = toOrig.toLowerCase();
    if (from === to) return '';
    if (fromOrig.length !== from.length || toOrig.length !== to.length) return relativeBySegments(fromOrig, toOrig);

    const { start: fromStart, end: fromEnd } = trimBackslashes(from);
    let { start: toStart, end: toEnd } = trimBackslashes(to);
    const fromLen = fromEnd - fromStart;
    const toLen = toEnd - toStart;
    const length = Math.min(fromLen, toLen);
    let lastCommonSep = -1;
    let i = 0;
    for (; i < length; i++) {
      const code = from.charCodeAt(fromStart + i);
      if (code !== to.charCodeAt(toStart + i)) break;
      if (code === BACKSLASH) lastCommonSep = i;
    }
    if (i !== length) {
      // Different from the first segment on (another drive or share).
      if (lastCommonSep === -1) return toOrig;
    } else {
      if (toLen > length) {
        // `from` is a prefix of `to`: 'C:\a' to 'C:\a\b', or 'C:\' to 'C:\a'.
        if (to.charCodeAt(toStart + i) === BACKSLASH) return toOrig.slice(toStart + i + 1);
        if (i === 2) return toOrig.slice(toStart + i);
      }
      if (fromLen > length) {
        // `to` is a prefix of `from`: 'C:\a\b' to 'C:\a', or 'C:\a' to 'C:\'.
        if (from.charCodeAt(fromStart + i) === BACKSLASH) lastCommonSep = i;
        else if (i === 2) lastCommonSep = 3;
      }
      if (lastCommonSep === -1) lastCommonSep = 0;
    }
    let out = '';
    for (i = fromStart + lastCommonSep + 1; i <= fromEnd; ++i) {
      if (i === fromEnd || from.charCodeAt(i) === BACKSLASH) out += out.length === 0 ? '..' : '\\..';
    }
    toStart += lastCommonSep;
    if (out.length > 0) return `${out}${toOrig.slice(toStart, toEnd)}`;
    if (toOrig.charCodeAt(toStart) === BACKSLASH) ++toStart;
    return toOrig.slice(toStart, toEnd);
  },

  /** `path` resolved into the '\\?\' namespace ('\\?\C:\a', '\\?\UNC\server\share'). */
  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    if (resolved.charCodeAt(0) === BACKSLASH) {
      if (resolved.charCodeAt(1) === BACKSLASH) {
        const code = resolved.charCodeAt(2);
        if (code !== 63 && code !== 46) return `\\\\?\\UNC\\${resolved.slice(2)}`;
      }
    } else if (hasDrive(resolved) && resolved.charCodeAt(2) === BACKSLASH) {
      return `\\\\?\\${resolved}`;
    }
    return resolved;
  },

  /** `path` without its last segment (a root stays whole). */
  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return isSeparator(path.charCodeAt(0)) ? path : '.';
    // The root, and where the scan for the last separator stops.
    let rootEnd = -1;
    if (isSeparator(path.charCodeAt(0))) {
      rootEnd = 1;
      const unc = matchUnc(path);
      if (unc !== null) {
        if (unc.end === len) return path;
        rootEnd = unc.end + 1;
      }
    } else if (hasDrive(path)) {
      rootEnd = len > 2 && isSeparator(path.charCodeAt(2)) ? 3 : 2;
    }
    let end = -1;
    let matchedSlash = true;
    for (let i = len - 1; i >= Math.max(rootEnd, 0); --i) {
      if (isSeparator(path.charCodeAt(i))) {
        if (!matchedSlash) {
          end = i;
          break;
        }
      } else {
        matchedSlash = false;
      }
    }
    if (end === -1) {
      if (rootEnd === -1) return '.';
      end = rootEnd;
    }
    return path.slice(0, end);
  },

  /** The last segment of `path`, without `suffix` when given and present. */
  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    return basenameFrom(path, hasDrive(path) ? 2 : 0, suffix, isSeparator);
  },

  /** The extension of the last segment, from its last '.'; '' when none. */
  extname(path) {
    validateString(path, 'path');
    const { startDot, end, hasExtension } = scanLastSegment(path, hasDrive(path) ? 2 : 0, isSeparator);
    return hasExtension ? path.slice(startDot, end) : '';
  },

  /** The path `pathObject` ({ root, dir, base, name, ext }) describes. */
  format(pathObject) {
    return formatPath('\\', pathObject);
  },

  /** `path` split into { root, dir, base, ext, name }. */
  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    const len = path.length;
    if (len === 0) return ret;
    let rootEnd = 0;
    if (isSeparator(path.charCodeAt(0))) {
      rootEnd = 1;
      const unc = matchUnc(path);
      if (unc !== null) rootEnd = unc.end === len ? len : unc.end + 1;
    } else if (hasDrive(path)) {
      rootEnd = len > 2 && isSeparator(path.charCodeAt(2)) ? 3 : 2;
    }
    if (rootEnd === len) {
      // Nothing but a root.
      ret.root = ret.dir = path;
      return ret;
    }
    ret.root = path.slice(0, rootEnd);
    const { startDot, startPart, end, hasExtension } = scanLastSegment(path, rootEnd, isSeparator);
    if (end !== -1) {
      ret.base = path.slice(startPart, end);
      if (hasExtension) {
        ret.name = path.slice(startPart, startDot);
        ret.ext = path.slice(startDot, end);
      } else {
        ret.name = ret.base;
      }
    }
    // A directory that is the root keeps the root's trailing separator.
    ret.dir = startPart > 0 && startPart !== rootEnd ? path.slice(0, startPart - 1) : ret.root;
    return ret;
  },
};

module.exports = win32;
