'use strict';
// Node's package resolution algorithm (the ESM resolver's, which require()
// shares): package.json "exports" and "imports" with subpath patterns,
// conditions, arrays and null targets, bare specifiers looked up in
// node_modules folders, and the legacy "main" for packages without
// "exports". It works on file paths; `base` is the importing file's path
// (shown as "imported from BASE"), or undefined.

const path = require('path');
const { codes } = require('internal/errors');
const packageJson = require('internal/modules/package_json');
const { canBeRequiredWithoutScheme } = require('internal/modules/builtin_ids');

const hasOwn = (object, key) => Object.prototype.hasOwnProperty.call(object, key);

// Path segments a target may not contain: '', '.', '..', 'node_modules',
// percent-encoded or not (the deprecated form allows '' and '.').
const invalidSegmentRegEx = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))?(\\|\/|$)/i;
const deprecatedInvalidSegmentRegEx = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))(\\|\/|$)/i;
/** A resolved path may not contain an encoded '/' or '\'. */
const encodedSepRegEx = /%2F|%5C/i;
const patternRegEx = /\*/g;

const packageDir = (pjsonPath) => `${path.dirname(pjsonPath)}/`;

// A URL path piece as a file path piece: percent escapes decoded.
function decodePath(text) {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function invalidPackageTarget(subpath, target, pjsonPath, internal, base) {
  const shown = typeof target === 'object' && target !== null ? JSON.stringify(target, null, '') : `${target}`;
  return codes.ERR_INVALID_PACKAGE_TARGET(packageDir(pjsonPath), subpath, shown, internal, base);
}

function exportsNotFound(subpath, pjsonPath, base) {
  return codes.ERR_PACKAGE_PATH_NOT_EXPORTED(packageDir(pjsonPath), subpath, base);
}

// Whether a target string could be a URL (then it is not a package name).
function looksLikeUrl(target) {
  return /^[a-zA-Z][a-zA-Z\d+\-.]*:/.test(target);
}

function resolvePackageTargetString(target, subpath, match, pjsonPath, base, pattern, internal, conditions) {
  if (subpath !== '' && !pattern && target[target.length - 1] !== '/') {
    throw invalidPackageTarget(match, target, pjsonPath, internal, base);
  }
  if (!target.startsWith('./')) {
    if (internal && target[0] !== '/' && !target.startsWith('../') && !looksLikeUrl(target)) {
      const exportTarget = pattern ? target.replace(patternRegEx, () => subpath) : target + subpath;
      return packageResolve(exportTarget, pjsonPath, conditions);
    }
    throw invalidPackageTarget(match, target, pjsonPath, internal, base);
  }
  if (invalidSegmentRegEx.test(target.slice(2)) && deprecatedInvalidSegmentRegEx.test(target.slice(2))) {
    throw invalidPackageTarget(match, target, pjsonPath, internal, base);
  }
  const dir = path.dirname(pjsonPath);
  const resolved = path.join(dir, target);
  if (resolved !== dir && !resolved.startsWith(`${dir}/`)) {
    throw invalidPackageTarget(match, target, pjsonPath, internal, base);
  }
  if (subpath === '') return resolved;
  if (invalidSegmentRegEx.test(subpath) && deprecatedInvalidSegmentRegEx.test(subpath)) {
    const request = pattern ? match.replace('*', () => subpath) : match + subpath;
    throw codes.ERR_INVALID_MODULE_SPECIFIER(request, `request is not a valid match in pattern "${match}" for the "${
      internal ? 'imports' : 'exports'}" resolution of ${pjsonPath}`, base);
  }
  if (pattern) return path.join(dir, target.replace(patternRegEx, () => subpath));
  return path.join(resolved, subpath);
}

function isArrayIndex(key) {
  const number = +key;
  return `${number}` === key && number >= 0 && number < 0xFFFF_FFFF;
}

// A target: a string, an array of fallbacks, a conditions object or null.
// Returns a path, null (explicitly not exported) or undefined (no match).
function resolvePackageTarget(pjsonPath, target, subpath, packageSubpath, base, pattern, internal, conditions) {
  if (typeof target === 'string') {
    return resolvePackageTargetString(target, subpath, packageSubpath, pjsonPath, base, pattern, internal, conditions);
  }
  if (Array.isArray(target)) {
    if (target.length === 0) return null;
    let lastException;
    for (let i = 0; i < target.length; i++) {
      let result;
      try {
        result = resolvePackageTarget(pjsonPath, target[i], subpath, packageSubpath, base, pattern, internal, conditions);
      } catch (err) {
        lastException = err;
        if (err.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw err;
      }
      if (result === undefined) continue;
      if (result === null) {
        lastException = null;
        continue;
      }
      return result;
    }
    if (lastException == null) return lastException;
    throw lastException;
  }
  if (typeof target === 'object' && target !== null) {
    const keys = Object.getOwnPropertyNames(target);
    for (let i = 0; i < keys.length; i++) {
      if (isArrayIndex(keys[i])) {
        throw codes.ERR_INVALID_PACKAGE_CONFIG(pjsonPath, base, '"exports" cannot contain numeric property keys.');
      }
    }
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === 'default' || conditions.has(key)) {
        const result = resolvePackageTarget(pjsonPath, target[key], subpath, packageSubpath, base, pattern, internal,
          conditions);
        if (result !== undefined) return result;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  throw invalidPackageTarget(packageSubpath, target, pjsonPath, internal, base);
}

// "exports": "./x.js" (or an array, or conditions) is short for { ".": ... }.
function isConditionalExportsMainSugar(exports, pjsonPath, base) {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (typeof exports !== 'object' || exports === null) return false;
  const keys = Object.getOwnPropertyNames(exports);
  let isConditionalSugar = false;
  for (let i = 0; i < keys.length; i++) {
    const current = keys[i] === '' || keys[i][0] !== '.';
    if (i === 0) {
      isConditionalSugar = current;
    } else if (isConditionalSugar !== current) {
      throw codes.ERR_INVALID_PACKAGE_CONFIG(pjsonPath, base,
        '"exports" cannot contain some keys starting with \'.\' and some not.' +
        ' The exports object must either be an object of package subpath keys' +
        ' or an object of main entry condition name keys only.');
    }
  }
  return isConditionalSugar;
}

// Orders pattern keys: the longer prefix before '*' first, then the longer key.
function patternKeyCompare(a, b) {
  const aPatternIndex = a.indexOf('*');
  const bPatternIndex = b.indexOf('*');
  const baseLenA = aPatternIndex === -1 ? a.length : aPatternIndex + 1;
  const baseLenB = bPatternIndex === -1 ? b.length : bPatternIndex + 1;
  if (baseLenA > baseLenB) return -1;
  if (baseLenB > baseLenA) return 1;
  if (aPatternIndex === -1) return 1;
  if (bPatternIndex === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

// The best pattern key of `map` for `name`: { key, subpath } ('*''s part).
function bestPatternMatch(map, name) {
  let bestMatch = '';
  let bestMatchSubpath;
  const keys = Object.getOwnPropertyNames(map);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const patternIndex = key.indexOf('*');
    if (patternIndex !== -1 && name.startsWith(key.slice(0, patternIndex))) {
      const trailer = key.slice(patternIndex + 1);
      if (name.length >= key.length && name.endsWith(trailer) && patternKeyCompare(bestMatch, key) === 1 &&
          key.lastIndexOf('*') === patternIndex) {
        bestMatch = key;
        bestMatchSubpath = name.slice(patternIndex, name.length - trailer.length);
      }
    }
  }
  return { key: bestMatch, subpath: bestMatchSubpath };
}

/** The file `packageSubpath` ('.' or './x') of a package maps to under
 * its "exports" (`pkg` is the package.json record at `pjsonPath`). */
function packageExportsResolve(pjsonPath, packageSubpath, pkg, base, conditions) {
  let exports = pkg.exports;
  if (isConditionalExportsMainSugar(exports, pjsonPath, base)) exports = { '.': exports };
  if (hasOwn(exports, packageSubpath) && !packageSubpath.includes('*') && !packageSubpath.endsWith('/')) {
    const result = resolvePackageTarget(pjsonPath, exports[packageSubpath], '', packageSubpath, base, false, false,
      conditions);
    if (result == null) throw exportsNotFound(packageSubpath, pjsonPath, base);
    return result;
  }
  const best = bestPatternMatch(exports, packageSubpath);
  if (best.key) {
    const result = resolvePackageTarget(pjsonPath, exports[best.key], best.subpath, best.key, base, true, false,
      conditions);
    if (result == null) throw exportsNotFound(packageSubpath, pjsonPath, base);
    return result;
  }
  throw exportsNotFound(packageSubpath, pjsonPath, base);
}

/** The file a '#name' specifier maps to under the "imports" of the
 * package `base` belongs to. */
function packageImportsResolve(name, base, conditions) {
  if (name === '#' || name.startsWith('#/') || name.endsWith('/')) {
    throw codes.ERR_INVALID_MODULE_SPECIFIER(name, 'is not a valid internal imports specifier name', base);
  }
  const pkg = packageJson.getPackageScopeConfig(base);
  let pjsonPath;
  if (pkg.exists) {
    pjsonPath = pkg.pjsonPath;
    const imports = pkg.imports;
    if (imports !== null && typeof imports === 'object') {
      if (hasOwn(imports, name) && !name.includes('*')) {
        const result = resolvePackageTarget(pjsonPath, imports[name], '', name, base, false, true, conditions);
        if (result != null) return result;
      } else {
        const best = bestPatternMatch(imports, name);
        if (best.key) {
          const result = resolvePackageTarget(pjsonPath, imports[best.key], best.subpath, best.key, base, true, true,
            conditions);
          if (result != null) return result;
        }
      }
    }
  }
  throw codes.ERR_PACKAGE_IMPORT_NOT_DEFINED(name, pjsonPath && packageDir(pjsonPath), base);
}

/** Splits a bare specifier into its package name and './subpath'. */
function parsePackageName(specifier, base) {
  let separatorIndex = specifier.indexOf('/');
  let validPackageName = true;
  if (specifier[0] === '@') {
    if (separatorIndex === -1 || specifier.length === 0) validPackageName = false;
    else separatorIndex = specifier.indexOf('/', separatorIndex + 1);
  }
  const packageName = separatorIndex === -1 ? specifier : specifier.slice(0, separatorIndex);
  if (packageName[0] === '.' || packageName.includes('\\') || packageName.includes('%')) validPackageName = false;
  if (!validPackageName) {
    throw codes.ERR_INVALID_MODULE_SPECIFIER(specifier, 'is not a valid package name', base);
  }
  return { packageName, packageSubpath: `.${separatorIndex === -1 ? '' : specifier.slice(separatorIndex)}` };
}

const legacyMainExtensions = ['', '.js', '.json', '.node', '/index.js', '/index.json', '/index.node'];
const legacyIndexes = ['./index.js', './index.json', './index.node'];

// The entry of a package without "exports": its "main" (with the usual
// extensions), else its index file.
function legacyMainResolve(pjsonPath, pkg, base) {
  const dir = path.dirname(pjsonPath);
  if (pkg.main !== undefined) {
    for (let i = 0; i < legacyMainExtensions.length; i++) {
      const candidate = path.resolve(dir, pkg.main + legacyMainExtensions[i]);
      if (binding.stat(candidate) === 0) return candidate;
    }
  }
  for (let i = 0; i < legacyIndexes.length; i++) {
    const candidate = path.resolve(dir, legacyIndexes[i]);
    if (binding.stat(candidate) === 0) return candidate;
  }
  throw codes.ERR_MODULE_NOT_FOUND(`${dir}/`, base);
}

/** Where the package a bare specifier names lives: `{ pjsonPath,
 * packageSubpath }` — the package `base` belongs to when it names itself,
 * else the nearest node_modules folder above `base` that has it. */
function getPackageJSONPath(specifier, base) {
  const { packageName, packageSubpath } = parsePackageName(specifier, base);
  const self = packageJson.getNearestParentPackageJSON(base);
  if (self !== undefined && self.name === packageName && self.exports !== undefined && self.exports !== null) {
    return { pjsonPath: self.pjsonPath, packageSubpath };
  }
  let dir = path.dirname(base);
  while (true) {
    const packageFolder = path.join(dir, 'node_modules', packageName);
    if (binding.stat(packageFolder) === 1) return { pjsonPath: path.join(packageFolder, 'package.json'), packageSubpath };
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw codes.ERR_MODULE_NOT_FOUND(specifier, base);
}

/** A bare specifier ('pkg', 'pkg/sub', '@scope/pkg'): 'node:NAME' for a
 * built-in, else the file it names in its package. */
function packageResolve(specifier, base, conditions) {
  if (canBeRequiredWithoutScheme(specifier)) return `node:${specifier}`;
  const { pjsonPath, packageSubpath } = getPackageJSONPath(specifier, base);
  const pkg = packageJson.read(pjsonPath, base);
  if (pkg.exports !== undefined && pkg.exports !== null) {
    return packageExportsResolve(pjsonPath, packageSubpath, pkg, base, conditions);
  }
  if (packageSubpath === '.') return legacyMainResolve(pjsonPath, pkg, base);
  return path.join(path.dirname(pjsonPath), decodePath(packageSubpath));
}

/** Checks a resolved path for encoded separators and decodes it. */
function decodeResolved(resolved, base) {
  if (encodedSepRegEx.test(resolved)) {
    throw codes.ERR_INVALID_MODULE_SPECIFIER(resolved, 'must not include encoded "/" or "\\" characters', base);
  }
  return decodePath(resolved);
}

module.exports = { packageExportsResolve, packageImportsResolve, packageResolve, getPackageJSONPath, decodeResolved };
