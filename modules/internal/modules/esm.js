'use strict';
// The JavaScript side of ES modules, called by plugins/js/src/esm.rs:
// resolveImport turns a specifier into a module id (a file path, or
// 'node:NAME' / 'plugin:NAME') and checks the import attributes against
// the module's format; loadImport gives the host what to declare.

const path = require('path');
const { codes } = require('internal/errors');
const packageJson = require('internal/modules/package_json');
const { packageImportsResolve, packageResolve, getPackageJSONPath, decodeResolved } =
  require('internal/modules/package_resolve');
const { checkNotLeftOut, normalizeRequirableId } = require('internal/modules/builtin_ids');
const { fileURLToPath, pathToFileURL } = require('internal/modules/file_url');
const { Module, pluginExports, formatOf } = require('internal/modules/cjs');

/** The conditions "exports" and "imports" match for import. */
const esmConditions = new Set(['node', 'import', 'module-sync']);

// The type attribute each format needs ('javascript': none may be given).
const formatTypeMap = { __proto__: null, builtin: 'javascript', commonjs: 'javascript', json: 'json',
  module: 'javascript', 'commonjs-typescript': 'javascript', 'module-typescript': 'javascript',
  typescript: 'javascript' };
const supportedTypeAttributes = ['json'];

/** The format of a resolved module id (formatOf's for a file): an
 * unknown extension registered in require.extensions loads through
 * require(); any other is undefined (.wasm too: bistro has no WebAssembly
 * modules; .ts, .mts and .cts when this build does not strip types). */
function formatOfId(id) {
  if (id.startsWith('node:') || id.startsWith('plugin:')) return 'builtin';
  if (id.endsWith('.json')) return 'json';
  if (id.endsWith('.node')) return 'addon';
  const format = formatOf(id);
  const ext = path.extname(id);
  if (format === 'commonjs' && ext !== '' && ext !== '.js' && ext !== '.cjs') {
    return Module._extensions[ext] ? 'commonjs' : undefined;
  }
  return format;
}

function handleInvalidType(url, type) {
  if (typeof type !== 'string') throw codes.ERR_INVALID_ARG_TYPE('type', 'string', type);
  if (!supportedTypeAttributes.includes(type)) throw codes.ERR_IMPORT_ATTRIBUTE_UNSUPPORTED('type', type, url);
  throw codes.ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE(url, type);
}

/** Checks the `with { ... }` attributes of an import of `url` (format `format`). */
function validateAttributes(url, format, attributes) {
  const keys = Object.keys(attributes);
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] !== 'type') throw codes.ERR_IMPORT_ATTRIBUTE_UNSUPPORTED(keys[i], attributes[keys[i]], url);
  }
  const validType = formatTypeMap[format];
  const hasType = Object.prototype.hasOwnProperty.call(attributes, 'type');
  if (validType === undefined) return;
  if (validType === 'javascript') {
    if (hasType) handleInvalidType(url, attributes.type);
    return;
  }
  if (attributes.type === validType) return;
  if (!hasType) throw codes.ERR_IMPORT_ATTRIBUTE_MISSING(url, 'type', validType);
  handleInvalidType(url, attributes.type);
}

// A resolved file must exist and not be a directory.
function finalizeResolution(resolved, base) {
  const filename = decodeResolved(resolved, base);
  const kind = binding.stat(filename.endsWith('/') ? filename.slice(0, -1) : filename);
  if (kind === 1) throw codes.ERR_UNSUPPORTED_DIR_IMPORT(filename, base, pathToFileURL(filename));
  if (kind !== 0) throw codes.ERR_MODULE_NOT_FOUND(filename, base, pathToFileURL(filename));
  return binding.realpath(filename);
}

function isRelativeSpecifier(specifier) {
  if (specifier[0] !== '.') return false;
  if (specifier.length === 1 || specifier[1] === '/') return true;
  return specifier[1] === '.' && (specifier.length === 2 || specifier[2] === '/');
}

// The module id a specifier names from the file `base`.
function moduleResolve(specifier, base, fromDir) {
  if (specifier.startsWith('file:')) return finalizeResolution(fileURLToPath(specifier), base);
  if (specifier[0] === '/' || isRelativeSpecifier(specifier)) {
    return finalizeResolution(path.resolve(fromDir, specifier), base);
  }
  if (specifier[0] === '#') {
    const resolved = packageImportsResolve(specifier, base, esmConditions);
    return resolved.startsWith('node:') ? resolved : finalizeResolution(resolved, base);
  }
  if (/^[a-zA-Z][a-zA-Z\d+\-.]*:/.test(specifier) && !specifier.startsWith('@')) {
    const err = new Error(`Only URLs with a scheme in: file, data, and node are supported by the default ESM loader. Received protocol '${specifier.slice(0, specifier.indexOf(':') + 1)}'`);
    err.code = 'ERR_UNSUPPORTED_ESM_URL_SCHEME';
    throw err;
  }
  const resolved = packageResolve(specifier, base, esmConditions);
  return resolved.startsWith('node:') ? resolved : finalizeResolution(resolved, base);
}

/** import `specifier` from the module `referrer`, with `attributes`. */
function resolveImport(specifier, referrer, attributes) {
  let id;
  checkNotLeftOut(specifier);
  const builtin = normalizeRequirableId(specifier);
  if (builtin !== undefined) {
    id = `node:${builtin}`;
  } else if (specifier.startsWith('node:')) {
    throw codes.ERR_UNKNOWN_BUILTIN_MODULE(specifier);
  } else if (specifier.startsWith('plugin:')) {
    pluginExports(specifier);
    id = specifier;
  } else {
    const fromFile = referrer && referrer.startsWith('/') ? referrer : null;
    const base = fromFile || path.join(process.cwd(), '[eval]');
    try {
      id = moduleResolve(specifier, base, fromFile ? path.dirname(fromFile) : process.cwd());
    } catch (error) {
      if (error.code === 'ERR_MODULE_NOT_FOUND' || error.code === 'ERR_UNSUPPORTED_DIR_IMPORT') {
        addCommonJSHint(error, specifier, base);
      }
      throw error;
    }
  }
  const format = formatOfId(id);
  const url = id.startsWith('/') ? pathToFileURL(id) : id;
  if (format === undefined) throw codes.ERR_UNKNOWN_FILE_EXTENSION(path.extname(id), id);
  validateAttributes(url, format, attributes || {});
  return id;
}

/** Node's hint on a failed import that require() would have resolved:
 * "Did you mean to import ...?" (relative to the importer for a relative
 * specifier, within the package for a bare one). */
function addCommonJSHint(error, specifier, base) {
  let found;
  try {
    const request = specifier.startsWith('file://') ? fileURLToPath(specifier) : specifier;
    const parent = new Module(base, null);
    parent.paths = Module._nodeModulePaths(path.dirname(base));
    found = Module._resolveFilename(request, parent, false);
  } catch {
    return;
  }
  if (/^\.\.?(\/|$)/.test(specifier)) {
    found = path.posix.relative(path.dirname(base), found);
    if (!found.startsWith('../')) found = `./${found}`;
  } else if (!specifier.startsWith('/') && !specifier.startsWith('file:')) {
    // (Node takes the name up to the first slash, scoped packages too.)
    const slash = specifier.indexOf('/');
    const name = slash === -1 ? specifier : specifier.slice(0, slash);
    const needle = `/node_modules/${name}/`;
    const at = found.lastIndexOf(needle);
    found = at === -1 ? pathToFileURL(found)
      : `${name}/${found.slice(at + needle.length).split('/').map(encodeURIComponent).join('/')}`;
  }
  if (found === specifier) return;
  const hint = `Did you mean to import ${JSON.stringify(found)}?`;
  const lineEnd = error.stack.indexOf('\n');
  error.stack = lineEnd === -1 ? `${error.stack}\n${hint}`
    : `${error.stack.slice(0, lineEnd)}\n${hint}${error.stack.slice(lineEnd)}`;
  error.message += `\n${hint}`;
}

function namesOf(exports) {
  return exports !== null && (typeof exports === 'object' || typeof exports === 'function') ? Object.keys(exports) : [];
}

/** What the host declares for module `id`: `{ source, url, filename,
 * dirname }` for an ES module file, `{ exports, names }` otherwise. */
function loadImport(id) {
  if (id.startsWith('plugin:')) {
    const exports = pluginExports(id);
    return { exports, names: namesOf(exports) };
  }
  if (id.startsWith('node:')) {
    const exports = binding.requireBuiltin(id.slice(5));
    return { exports, names: namesOf(exports) };
  }
  if (id.startsWith('/')) require('internal/watch_mode/report').reportImported(id);
  const format = formatOfId(id);
  if (format === 'module') return moduleRecord(id, binding.readFile(id));
  if (format === 'module-typescript' || format === 'typescript') {
    // Node names the file by URL when its format is known, by path when
    // the stripped code had to tell it; CommonJS goes on to require().
    const { stripTypeScript } = require('internal/modules/typescript');
    const name = format === 'module-typescript' ? pathToFileURL(id) : id;
    const goal = format === 'module-typescript' ? 'module' : undefined;
    const stripped = stripTypeScript(binding.readFile(id), name, name, goal);
    if (stripped.module) return moduleRecord(id, stripped.code);
  }
  if (format === 'json') {
    const content = binding.readFile(id);
    try {
      return { exports: JSON.parse(content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content), names: [] };
    } catch (err) {
      err.message = `${id}: ${err.message}`;
      throw err;
    }
  }
  const exports = Module._load(id, null, false);
  return { exports, names: namesOf(exports) };
}

/** What the host declares for the ES module file `id` whose code is `source`. */
function moduleRecord(id, source) {
  if (source.startsWith('#!')) source = `//${source}`;
  return { source, url: pathToFileURL(id), filename: id, dirname: path.dirname(id) };
}

/** Whether the file runs as an ES module when it is the main script (a
 * .ts with no "type" starts as CommonJS and may turn out to be one). */
function isEsmFile(filename) {
  const format = formatOf(filename);
  return format === 'module' || format === 'module-typescript';
}

/** module.findPackageJSON(specifier, base): the package.json of the
 * package a bare specifier names, or the one nearest to what a relative
 * specifier resolves to (undefined when there is none). */
function findPackageJSON(specifier, base = 'data:') {
  if (arguments.length === 0) throw codes.ERR_MISSING_ARGS('specifier');
  if (specifier !== null && typeof specifier === 'object' && typeof specifier.href === 'string') specifier = specifier.href;
  specifier = `${specifier}`;
  if (base !== null && typeof base === 'object' && typeof base.href === 'string') base = base.href;
  if (typeof base !== 'string') throw codes.ERR_INVALID_ARG_TYPE('base', 'string', base);
  const parentPath = base.startsWith('file:') ? fileURLToPath(base) : base;
  const absolute = specifier[0] === '/' || specifier.startsWith('file:');
  if (!absolute && !path.isAbsolute(parentPath)) {
    throw codes.ERR_INVALID_ARG_VALUE('base', base, 'must be a file URL object, file URL string, or absolute path string');
  }
  if (specifier && specifier[0] !== '.' && specifier[0] !== '/' && !/^[a-zA-Z][a-zA-Z\d+\-.]*:/.test(specifier)) {
    return getPackageJSONPath(specifier, parentPath).pjsonPath;
  }
  let resolved;
  try {
    resolved = moduleResolve(specifier, parentPath, path.dirname(parentPath));
  } catch (err) {
    if (err.code !== 'ERR_UNSUPPORTED_DIR_IMPORT') throw err;
    resolved = fileURLToPath(err.url);
  }
  if (resolved.startsWith('node:')) return undefined;
  const pkg = packageJson.getNearestParentPackageJSON(resolved);
  return pkg && pkg.pjsonPath;
}

module.exports = { resolveImport, loadImport, moduleRecord, isEsmFile, findPackageJSON };
