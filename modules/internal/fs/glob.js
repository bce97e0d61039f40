'use strict';
// fs.glob, fs.globSync and fs.promises.glob: the paths under `cwd` that
// match shell patterns, written as one generator over the fs plugin's ops
// (readdir, lstat, stat) like every fs operation. Patterns follow
// minimatch as Node configures it: `*`, `?`, `[...]` (with `!`/`^` and
// POSIX classes), `{a,b}` and `{1..3}` braces, extglobs `@(a|b)`,
// `*(...)`, `+(...)`, `?(...)`, `!(...)`, `**` for any number of
// directories (not entering dot directories), and names starting with a
// dot matched only by segments that start with one. Symbolic links to
// directories are entered only when named literally or with
// followSymlinks. A trailing slash keeps directories only. Results are
// unique, in walk order.

const { basename, dirname, isAbsolute, join, resolve } = require('path');
const { codes } = require('internal/errors');
const { Dirent, makeStats, constants, getValidatedPath, validateBoolean } = require('internal/fs/utils');

const { UV_DIRENT_DIR, UV_DIRENT_LINK } = constants;

/** The patterns `{a,b}` and `{1..3}` stand for (nested braces too). */
function expandBraces(pattern) {
  let depth = 0;
  let open = -1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
    } else if (c === '{') {
      if (depth++ === 0) open = i;
    } else if (c === '}' && depth > 0 && --depth === 0) {
      const alternatives = braceAlternatives(pattern.slice(open + 1, i));
      if (alternatives === null) continue;
      const [head, tail] = [pattern.slice(0, open), pattern.slice(i + 1)];
      return alternatives.flatMap((middle) => expandBraces(head + middle + tail));
    }
  }
  return [pattern];
}

// The alternatives inside one pair of braces, or null when they are not a
// list or a range (then the braces are literal).
function braceAlternatives(body) {
  const range = /^(-?\d+)\.\.(-?\d+)$/.exec(body) || /^([a-zA-Z])\.\.([a-zA-Z])$/.exec(body);
  if (range) {
    const numeric = /\d/.test(range[1]);
    const [from, to] = numeric ? [+range[1], +range[2]] : [range[1].charCodeAt(0), range[2].charCodeAt(0)];
    const step = from <= to ? 1 : -1;
    const items = [];
    for (let n = from; step > 0 ? n <= to : n >= to; n += step) items.push(numeric ? String(n) : String.fromCharCode(n));
    return items;
  }
  const items = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === ',' && depth === 0) {
      items.push(body.slice(start, i));
      start = i + 1;
    }
  }
  if (items.length === 0) return null;
  items.push(body.slice(start));
  return items;
}

const posixClasses = {
  alnum: 'a-zA-Z0-9', alpha: 'a-zA-Z', ascii: '\\x00-\\x7f', blank: ' \\t', cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9', graph: '\\x21-\\x7e', lower: 'a-z', print: '\\x20-\\x7e', punct: '!-\\/:-@\\[-`{-~',
  space: ' \\t\\r\\n\\v\\f', upper: 'A-Z', word: '\\w', xdigit: 'A-Fa-f0-9',
};

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Compiles one path segment: a regular expression source, and whether
 * it has any pattern characters at all (else it names one entry). */
function compileSegment(segment) {
  let source = '';
  let magic = false;
  let i = 0;
  // Reads up to the `)` closing an extglob that starts at `from`.
  const extglob = (from) => {
    let depth = 1;
    let j = from;
    const parts = [];
    let start = from;
    for (; j < segment.length && depth > 0; j++) {
      const c = segment[j];
      if (c === '\\') j++;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) break;
      else if (c === '|' && depth === 1) {
        parts.push(segment.slice(start, j));
        start = j + 1;
      }
    }
    if (depth !== 0) return null;
    parts.push(segment.slice(start, j));
    return { alternatives: parts.map((part) => compileSegment(part).source).join('|'), end: j };
  };
  while (i < segment.length) {
    const c = segment[i];
    const next = segment[i + 1];
    if (c === '\\' && i + 1 < segment.length) {
      source += escapeRegExp(next);
      i += 2;
    } else if ('?*+@!'.includes(c) && next === '(' && extglob(i + 2) !== null) {
      const { alternatives, end } = extglob(i + 2);
      const rest = compileSegment(segment.slice(end + 1)).source;
      if (c === '!') {
        source += `(?:(?!(?:${alternatives})${rest}$)[^/]*?)`;
      } else {
        source += `(?:${alternatives})${{ '?': '?', '*': '*', '+': '+', '@': '' }[c]}`;
      }
      magic = true;
      i = end + 1;
    } else if (c === '*') {
      while (segment[i] === '*') i++;
      source += '[^/]*';
      magic = true;
    } else if (c === '?') {
      source += '[^/]';
      magic = true;
      i++;
    } else if (c === '[') {
      const klass = compileClass(segment, i);
      if (klass === null) {
        source += '\\[';
        i++;
      } else {
        source += klass.source;
        magic = true;
        i = klass.end;
      }
    } else {
      source += escapeRegExp(c);
      i++;
    }
  }
  return { source, magic };
}

// A `[...]` class starting at `from` → { source, end } or null if unclosed.
function compileClass(segment, from) {
  let i = from + 1;
  let negate = false;
  if (segment[i] === '!' || segment[i] === '^') {
    negate = true;
    i++;
  }
  let body = '';
  let first = true;
  for (; i < segment.length; i++) {
    const c = segment[i];
    if (c === ']' && !first) return { source: `[${negate ? '^/' : ''}${body}]`, end: i + 1 };
    first = false;
    if (c === '[' && segment[i + 1] === ':') {
      const close = segment.indexOf(':]', i + 2);
      const name = close === -1 ? undefined : segment.slice(i + 2, close);
      if (name !== undefined && posixClasses[name] !== undefined) {
        body += posixClasses[name];
        i = close + 1;
        continue;
      }
    }
    if (c === '\\' && i + 1 < segment.length) {
      body += escapeRegExp(segment[++i]);
    } else {
      body += c === '-' ? '-' : escapeRegExp(c);
    }
  }
  return null;
}

/** A compiled pattern: its segments ({ literal } for plain names, { regex,
 * dot } for patterns, { globstar } for `**`), whether it is absolute and
 * whether it matches directories only (a trailing slash). */
function compilePattern(pattern) {
  const absolute = isAbsolute(pattern);
  const directoryOnly = pattern.length > 1 && pattern.endsWith('/');
  const parts = pattern.split('/').filter((part, i, all) => part !== '' && part !== '.' &&
    !(part === '**' && all[i - 1] === '**'));
  const segments = parts.map((part) => {
    if (part === '**') return { globstar: true };
    const { source, magic } = compileSegment(part);
    if (!magic) return { literal: part.replace(/\\(.)/g, '$1') };
    return { regex: new RegExp(`^${source}$`), dot: part.startsWith('.') };
  });
  return { absolute, directoryOnly, segments };
}

/** The compiled patterns of one glob string (braces expanded). */
const compile = (pattern) => expandBraces(pattern).map(compilePattern);

/** Whether a segment pattern takes the entry `name`. */
function segmentMatches(segment, name) {
  if (segment.literal !== undefined) return segment.literal === name;
  if (name.startsWith('.') && !segment.dot) return false;
  return segment.regex.test(name);
}

// Whether the path parts from `p` match the segments from `s`.
function partsMatch(parts, p, segments, s) {
  if (s === segments.length) return p === parts.length;
  const segment = segments[s];
  if (segment.globstar) {
    for (let q = p; q <= parts.length; q++) {
      if (partsMatch(parts, q, segments, s + 1)) return true;
      if (q < parts.length && parts[q].startsWith('.')) return false;
    }
    return false;
  }
  return p < parts.length && segmentMatches(segment, parts[p]) && partsMatch(parts, p + 1, segments, s + 1);
}

/** Whether `path` matches the glob `pattern` (path.matchesGlob). */
function matchGlobPattern(path, pattern) {
  if (typeof path !== 'string') throw codes.ERR_INVALID_ARG_TYPE('path', 'string', path);
  if (typeof pattern !== 'string') throw codes.ERR_INVALID_ARG_TYPE('pattern', 'string', pattern);
  const parts = path.split('/').filter((part, i) => part !== '' && !(part === '.' && i > 0));
  return compile(pattern).some(({ segments, absolute }) =>
    absolute === isAbsolute(path) && partsMatch(parts, 0, segments, 0));
}

function globOptions(pattern, options) {
  if (options === undefined) options = {};
  if (options === null || typeof options !== 'object') throw codes.ERR_INVALID_ARG_TYPE('options', 'object', options);
  const { exclude, cwd, withFileTypes, followSymlinks } = options;
  if (followSymlinks !== undefined && followSymlinks !== null) validateBoolean(followSymlinks, 'options.followSymlinks');
  if (exclude !== undefined && exclude !== null) {
    if (Array.isArray(exclude)) {
      exclude.forEach((item, i) => {
        if (typeof item !== 'string') throw codes.ERR_INVALID_ARG_TYPE(`options.exclude[${i}]`, 'string', item);
      });
    } else if (typeof exclude !== 'function') {
      throw codes.ERR_INVALID_ARG_TYPE('options.exclude', ['function', 'string[]'], exclude);
    }
  }
  let patterns;
  if (typeof pattern === 'object' && pattern !== null) {
    if (!Array.isArray(pattern)) throw codes.ERR_INVALID_ARG_TYPE('patterns', 'Array', pattern);
    pattern.forEach((item, i) => {
      if (typeof item !== 'string') throw codes.ERR_INVALID_ARG_TYPE(`patterns[${i}]`, 'string', item);
    });
    patterns = pattern;
  } else if (typeof pattern === 'string') {
    patterns = [pattern];
  } else {
    throw codes.ERR_INVALID_ARG_TYPE('patterns', 'string', pattern);
  }
  const root = cwd === undefined || cwd === null ? '.' : getValidatedPath(cwd, 'options.cwd');
  return { patterns, root, exclude, withFileTypes: !!withFileTypes, followSymlinks: !!followSymlinks };
}

const typeOfMode = (mode) => ({
  [constants.S_IFREG]: 1, [constants.S_IFDIR]: 2, [constants.S_IFLNK]: 3, [constants.S_IFIFO]: 4,
  [constants.S_IFSOCK]: 5, [constants.S_IFCHR]: 6, [constants.S_IFBLK]: 7,
}[mode & constants.S_IFMT] ?? 0);

/** One glob: the walk over the file system and what it found. */
class Walk {
  constructor({ root, exclude, withFileTypes, followSymlinks }) {
    this.root = root;
    this.withFileTypes = withFileTypes;
    this.followSymlinks = followSymlinks;
    // The real paths of the directories being walked (with followSymlinks).
    this.inside = new Set();
    this.excludeEntry = typeof exclude === 'function' ? exclude : null;
    const excluded = Array.isArray(exclude) ? exclude.flatMap((p) => compile(resolve(root, p))) : [];
    this.isExcluded = (path) => {
      const parts = resolve(root, path).split('/').filter(Boolean);
      return excluded.some(({ segments }) => partsMatch(parts, 0, segments, 0));
    };
    this.listings = new Map();
    this.found = new Map();
  }

  // Where a found path is on disk.
  where(path) {
    return isAbsolute(path) ? path : join(this.root, path);
  }

  // The entries of a directory as [{ name, type }] (none if unreadable).
  *list(dir) {
    if (this.listings.has(dir)) return this.listings.get(dir);
    let entries = [];
    try {
      const [names, types] = yield ['readdir', [this.where(dir), false]];
      entries = names.map((name, i) => ({ name, type: types[i] }));
    } catch {
      // Unreadable or not a directory: nothing below it matches.
    }
    this.listings.set(dir, entries);
    return entries;
  }

  // Whether the exclude function refuses `what` (an entry's name or a
  // directory's path; its Dirent with withFileTypes), as Node asks it: for
  // each entry `**` would take, and for each directory before entering it.
  refuses(what, path, type) {
    if (this.excludeEntry === null) return false;
    return !!this.excludeEntry(this.withFileTypes ? this.dirent(path, type) : what);
  }

  dirent(path, type) {
    return new Dirent(basename(path), type, this.where(dirname(path)));
  }

  // The dirent type of a path (following a symbolic link with `follow`),
  // or undefined when it does not exist.
  *typeOf(path, follow = false) {
    try {
      return typeOfMode(makeStats(yield [follow ? 'stat' : 'lstat', [this.where(path), false]]).mode);
    } catch {
      return undefined;
    }
  }

  *add(path, type, directoryOnly) {
    if (this.found.has(path) || this.isExcluded(path)) return;
    if (type === undefined) type = yield* this.typeOf(path);
    if (type === undefined) return;
    if (directoryOnly && type !== UV_DIRENT_DIR && (yield* this.typeOf(path, true)) !== UV_DIRENT_DIR) return;
    this.found.set(path, type);
  }

  // Whether an entry found by a pattern can be walked into: a directory
  // (or, with followSymlinks, a link to one).
  *isDirectory(path, type) {
    if (type === UV_DIRENT_DIR) return true;
    return this.followSymlinks && type === UV_DIRENT_LINK && (yield* this.typeOf(path, true)) === UV_DIRENT_DIR;
  }

  // Matches segments[i...] below `dir`; `type` is dir's type when known.
  *walk(dir, pattern, i, type) {
    const { segments, directoryOnly } = pattern;
    if (i === segments.length) {
      yield* this.add(dir, type, directoryOnly);
      return;
    }
    const segment = segments[i];
    const last = i === segments.length - 1;
    if (segment.literal !== undefined) {
      // A name: no listing needed, and links are followed.
      const path = join(dir, segment.literal);
      if (last) yield* this.add(path, undefined, directoryOnly);
      else yield* this.enter(path, pattern, i + 1);
    } else if (segment.globstar) {
      yield* this.walkGlobstar(dir, pattern, i, type);
    } else {
      for (const entry of yield* this.list(dir)) {
        if (!segmentMatches(segment, entry.name)) continue;
        const path = join(dir, entry.name);
        if (last) yield* this.add(path, entry.type, directoryOnly);
        else if (yield* this.isDirectory(path, entry.type)) yield* this.enter(path, pattern, i + 1, entry.type);
      }
    }
  }

  // `**` at segments[i]: dir itself when it ends the pattern, then each
  // entry `**` takes (not dot entries, not refused ones) and each entry the
  // segment after `**` matches right here.
  *walkGlobstar(dir, pattern, i, type) {
    const { segments, directoryOnly } = pattern;
    const last = i === segments.length - 1;
    const next = segments[i + 1];
    if (last) yield* this.add(dir, type, directoryOnly);
    // This directory's matches come before those below it, as in Node.
    const below = [];
    for (const entry of yield* this.list(dir)) {
      const path = join(dir, entry.name);
      const nextMatches = next !== undefined && segmentMatches(next, entry.name);
      if ((entry.name.startsWith('.') && !nextMatches) || this.refuses(entry.name, path, entry.type)) continue;
      const isDirectory = yield* this.isDirectory(path, entry.type);
      if (isDirectory) below.push([path, i, entry.type]);
      else if (last) yield* this.add(path, entry.type, directoryOnly);
      if (!nextMatches) continue;
      if (i + 1 === segments.length - 1) yield* this.add(path, entry.type, directoryOnly);
      else if (isDirectory) below.push([path, i + 2, entry.type]);
    }
    for (const [path, index, entryType] of below) yield* this.enter(path, pattern, index, entryType);
  }

  // Walks into the directory `path` unless it is excluded (or, following
  // links, it is one the walk is already inside).
  *enter(path, pattern, i, type) {
    if (this.isExcluded(path)) return;
    if (this.excludeEntry !== null && this.refuses(path, path, type ?? (yield* this.typeOf(path)))) return;
    if (!this.followSymlinks) {
      yield* this.walk(path, pattern, i, type);
      return;
    }
    let real;
    try {
      real = yield ['realpath', [this.where(path)]];
    } catch {
      return;
    }
    if (this.inside.has(real)) return;
    this.inside.add(real);
    try {
      yield* this.walk(path, pattern, i, type);
    } finally {
      this.inside.delete(real);
    }
  }

  results() {
    const paths = [...this.found.keys()];
    return this.withFileTypes ? paths.map((path) => this.dirent(path, this.found.get(path))) : paths;
  }
}

/** glob(pattern or patterns[, { cwd, exclude, withFileTypes }]) → the
 * matching paths (relative to cwd unless the pattern is absolute), or
 * Dirents with withFileTypes. */
function* glob(pattern, options) {
  const settings = globOptions(pattern, options);
  const walk = new Walk(settings);
  for (const compiled of settings.patterns.flatMap(compile)) {
    if (compiled.segments.length === 0) continue;
    yield* walk.walk(compiled.absolute ? '/' : '.', compiled, 0, UV_DIRENT_DIR);
  }
  return walk.results();
}

module.exports = { glob, matchGlobPattern };
