'use strict';
// What node:path's POSIX and Windows flavours share: resolving '.' and '..'
// segments, scanning the last segment, basename and format. Each takes the
// flavour's separator test, so the two differ only where Windows does.

const { validateObject } = require('internal/errors');

const DOT = 46;

/** Whether `code` is '/' (the POSIX separator). */
function isPosixSeparator(code) {
  return code === 47;
}

/** Whether `code` is '/' or '\' (the Windows separators). */
function isWindowsSeparator(code) {
  return code === 47 || code === 92;
}

/**
 * Resolves the '.' and '..' segments of a rootless `path` and joins what
 * is left with `separator`; empty segments disappear. With
 * `allowAboveRoot`, leading '..' segments are kept (a relative path).
 */
function normalizeSegments(path, allowAboveRoot, separator, isSeparator) {
  let res = '';
  let lastSegmentLength = 0;
  let lastSlash = -1;
  let dots = 0;
  let code = 0;
  for (let i = 0; i <= path.length; ++i) {
    if (i < path.length) code = path.charCodeAt(i);
    else if (isSeparator(code)) break;
    else code = 47;
    if (!isSeparator(code)) {
      dots = code === DOT && dots !== -1 ? dots + 1 : -1;
      continue;
    }
    if (lastSlash === i - 1 || dots === 1) {
      // An empty segment or '.': nothing to add.
    } else if (dots === 2) {
      const endsInDotDot = lastSegmentLength === 2 && res.endsWith('..');
      if (res.length > 2 && !endsInDotDot) {
        // Drop the last segment of `res`.
        const cut = res.length - lastSegmentLength - 1;
        res = cut < 0 ? '' : res.slice(0, cut);
        lastSegmentLength = res.length - 1 - res.lastIndexOf(separator);
      } else if (res.length !== 0 && !endsInDotDot) {
        res = '';
        lastSegmentLength = 0;
      } else if (allowAboveRoot) {
        res += res.length > 0 ? `${separator}..` : '..';
        lastSegmentLength = 2;
      }
    } else {
      const segment = path.slice(lastSlash + 1, i);
      res += res.length > 0 ? `${separator}${segment}` : segment;
      lastSegmentLength = i - lastSlash - 1;
    }
    lastSlash = i;
    dots = 0;
  }
  return res;
}

/**
 * Scans the last segment of `path` (trailing separators ignored), from the
 * end down to index `start`: where it starts and ends, where its
 * extension's dot is, and whether it has an extension at all ('.', '..'
 * and '.bashrc' have none). `end` is -1 when there is no segment;
 * `startPart` is `firstPart` when no separator precedes the segment
 * (Node's POSIX parse passes 0 there, so its '/..' has the extension '.').
 */
function scanLastSegment(path, start, isSeparator, firstPart = start) {
  let startDot = -1;
  let startPart = firstPart;
  let end = -1;
  // 0: no character seen before the dot; 1: only dots; -1: something else.
  let preDotState = 0;
  for (let i = path.length - 1; i >= start; --i) {
    const code = path.charCodeAt(i);
    if (isSeparator(code)) {
      if (end !== -1) {
        startPart = i + 1;
        break;
      }
      continue;
    }
    if (end === -1) end = i + 1;
    if (code === DOT) {
      if (startDot === -1) startDot = i;
      else if (preDotState !== 1) preDotState = 1;
    } else if (startDot !== -1) {
      preDotState = -1;
    }
  }
  const hasExtension = !(startDot === -1 || end === -1 || preDotState === 0 ||
    (preDotState === 1 && startDot === end - 1 && startDot === startPart + 1));
  return { startDot, startPart, end, hasExtension };
}

/**
 * The last segment of `path` at or after index `start`, without trailing
 * separators, and without `suffix` when it ends with it (and is more).
 */
function basenameFrom(path, start, suffix, isSeparator) {
  if (suffix === undefined || suffix.length === 0 || suffix.length > path.length) {
    const { startPart, end } = scanLastSegment(path, start, isSeparator);
    return end === -1 ? '' : path.slice(startPart, end);
  }
  if (suffix === path) return '';
  let end = -1;
  let extIdx = suffix.length - 1;
  let firstNonSlashEnd = -1;
  for (let i = path.length - 1; i >= start; --i) {
    const code = path.charCodeAt(i);
    if (isSeparator(code)) {
      if (firstNonSlashEnd !== -1) {
        start = i + 1;
        break;
      }
      continue;
    }
    if (firstNonSlashEnd === -1) firstNonSlashEnd = i + 1;
    if (extIdx >= 0) {
      if (code === suffix.charCodeAt(extIdx)) {
        if (--extIdx === -1) end = i;
      } else {
        // The suffix does not match: the whole segment is the result.
        extIdx = -1;
        end = firstNonSlashEnd;
      }
    }
  }
  if (start === end) end = firstNonSlashEnd;
  else if (end === -1) end = path.length;
  return path.slice(start, end);
}

/** path.format for a flavour whose separator is `separator`. */
function formatPath(separator, pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  const ext = pathObject.ext ? `${pathObject.ext[0] === '.' ? '' : '.'}${pathObject.ext}` : '';
  const base = pathObject.base || `${pathObject.name || ''}${ext}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${separator}${base}`;
}

module.exports = {
  isPosixSeparator,
  isWindowsSeparator,
  normalizeSegments,
  scanLastSegment,
  basenameFrom,
  formatPath,
};
