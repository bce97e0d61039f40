'use strict';
// Reading package.json files for the module loaders: the fields that
// matter to resolution (name, main, type, exports, imports), each file
// parsed once, and the search for the package a file belongs to.

const path = require('path');
const { codes } = require('internal/errors');

const cache = new Map();
const hasOwn = (object, key) => Object.prototype.hasOwnProperty.call(object, key);

/**
 * The package.json at `jsonPath`: `{ exists: false, pjsonPath }` when there
 * is none, else also its own `name`, `main`, `type`, `exports` and `imports`
 * (only those the file sets; `type` is 'none' unless it says commonjs or
 * module). `base` names the importer for ERR_INVALID_PACKAGE_CONFIG.
 */
function read(jsonPath, base) {
  const cached = cache.get(jsonPath);
  if (cached !== undefined) return cached;
  const record = { __proto__: null, exists: false, pjsonPath: jsonPath, type: 'none' };
  if (binding.stat(jsonPath) === 0) {
    let parsed;
    try {
      parsed = JSON.parse(binding.readFile(jsonPath));
    } catch (err) {
      const error = codes.ERR_INVALID_PACKAGE_CONFIG(jsonPath, base, err.message);
      error.message = `Invalid package config ${jsonPath}.`;
      error.cause = err;
      throw error;
    }
    record.exists = true;
    if (parsed !== null && typeof parsed === 'object') {
      if (hasOwn(parsed, 'name') && typeof parsed.name === 'string') record.name = parsed.name;
      if (hasOwn(parsed, 'main') && typeof parsed.main === 'string') record.main = parsed.main;
      if (hasOwn(parsed, 'type') && (parsed.type === 'commonjs' || parsed.type === 'module')) record.type = parsed.type;
      if (hasOwn(parsed, 'exports')) record.exports = parsed.exports;
      if (hasOwn(parsed, 'imports')) record.imports = parsed.imports;
    }
  }
  cache.set(jsonPath, record);
  return record;
}

/** The package.json in directory `dir` (read()'s record). */
function readPackage(dir) {
  return read(dir.endsWith('/') ? `${dir}package.json` : `${dir}/package.json`);
}

/** The nearest package.json above `file` (not past a node_modules
 * folder), as read()'s record, or undefined when there is none. A path
 * ending in '/' is a folder, searched from itself. */
function getNearestParentPackageJSON(file) {
  let dir = file.length > 1 && file.endsWith('/') ? file.slice(0, -1) : path.dirname(file);
  while (true) {
    const record = readPackage(dir);
    if (record.exists) return record;
    const parent = path.dirname(dir);
    if (parent === dir || path.basename(dir) === 'node_modules') return undefined;
    dir = parent;
  }
}

/** Like getNearestParentPackageJSON, but a record with `exists: false`
 * (for the root package.json) when there is none. */
function getPackageScopeConfig(file) {
  return getNearestParentPackageJSON(file) || { __proto__: null, exists: false, pjsonPath: '/package.json', type: 'none' };
}

/** The module type of `file` from its package scope: 'commonjs', 'module' or 'none'. */
function getPackageType(file) {
  const record = getNearestParentPackageJSON(file);
  return record ? record.type : 'none';
}

module.exports = { read, readPackage, getNearestParentPackageJSON, getPackageScopeConfig, getPackageType };
