'use strict';
// The module loader: CommonJS (require, module.exports, require.cache,
// cycles) and the JavaScript side of ES modules (resolveImport and
// loadImport, called by plugins/js/src/esm.rs).

const path = require('path');
const { codes } = require('internal/errors');

const packageJsonCache = new Map();
const extensions = ['.js', '.json', '.node'];
let mainModuleUrl = null;
let mainModuleSettled = true;

function readPackageJson(dir) {
  if (packageJsonCache.has(dir)) return packageJsonCache.get(dir);
  const file = path.join(dir, 'package.json');
  let result = null;
  if (binding.stat(file) === 0) {
    const text = binding.readFile(file);
    try {
      result = JSON.parse(text);
    } catch (err) {
      err.message = `Error parsing ${file}: ${err.message}`;
      throw err;
    }
  }
  packageJsonCache.set(dir, result);
  return result;
}

// The "type" of the nearest package.json above `filename`.
function packageType(filename) {
  let dir = path.dirname(filename);
  while (true) {
    const pkg = readPackageJson(dir);
    if (pkg !== null) return pkg.type === 'module' ? 'module' : 'commonjs';
    const parent = path.dirname(dir);
    if (parent === dir) return 'commonjs';
    dir = parent;
  }
}

function isEsmFile(filename) {
  if (filename.endsWith('.mjs')) return true;
  if (filename.endsWith('.cjs')) return false;
  return filename.endsWith('.js') && packageType(filename) === 'module';
}

function builtinId(request) {
  if (request.startsWith('node:')) {
    const id = request.slice(5);
    return binding.isBuiltin(id) ? id : null;
  }
  return binding.isBuiltin(request) ? request : null;
}

// require('plugin:NAME'): a plugin's ops as an object of functions.
function pluginExports(request) {
  const name = request.slice('plugin:'.length);
  const ops = Object.prototype.hasOwnProperty.call(binding.ops, name) ? binding.ops[name] : undefined;
  if (ops === undefined) {
    const err = new Error(`Cannot find plugin '${name}': no plugin of that name is loaded in this build`);
    err.code = 'ERR_UNKNOWN_PLUGIN';
    throw err;
  }
  return ops;
}

function tryFile(file) {
  return binding.stat(file) === 0 ? binding.realpath(file) : null;
}

function tryExtensions(base) {
  for (const ext of extensions) {
    const found = tryFile(base + ext);
    if (found !== null) return found;
  }
  return null;
}

function tryPackage(dir) {
  const pkg = readPackageJson(dir);
  if (pkg && typeof pkg.main === 'string') {
    const main = path.resolve(dir, pkg.main);
    const found = tryFile(main) || tryExtensions(main) || tryExtensions(path.join(main, 'index'));
    if (found !== null) return found;
  }
  return tryExtensions(path.join(dir, 'index'));
}

// A file, then FILE.js/.json/.node, then a directory's package main or index.
function resolveAsFileOrDirectory(absolute) {
  const trailingSlash = absolute.endsWith('/');
  if (!trailingSlash) {
    const found = tryFile(absolute) || tryExtensions(absolute);
    if (found !== null) return found;
  }
  if (binding.stat(absolute) === 1) return tryPackage(absolute);
  return null;
}

// package.json "exports": a string, a conditions object or a subpath map.
function resolveExports(dir, exportsField, subpath, conditions) {
  let target = exportsField;
  if (typeof target === 'object' && target !== null && !Array.isArray(target)) {
    const keys = Object.keys(target);
    if (keys.length > 0 && keys[0].startsWith('.')) {
      target = target[subpath];
      if (target === undefined) {
        for (const key of keys) {
          const star = key.indexOf('*');
          if (star !== -1 && subpath.startsWith(key.slice(0, star)) && subpath.endsWith(key.slice(star + 1))) {
            const middle = subpath.slice(star, subpath.length - (key.length - star - 1));
            target = JSON.parse(JSON.stringify(exportsField[key]).split('*').join(middle));
            break;
          }
        }
      }
    } else if (subpath !== '.') {
      target = undefined;
    }
  } else if (subpath !== '.') {
    target = undefined;
  }
  const pick = (t) => {
    if (typeof t === 'string') return t;
    if (Array.isArray(t)) {
      for (const item of t) {
        const r = pick(item);
        if (r) return r;
      }
      return null;
    }
    if (t !== null && typeof t === 'object') {
      for (const key of Object.keys(t)) {
        if (key === 'default' || conditions.includes(key)) {
          const r = pick(t[key]);
          if (r) return r;
        }
      }
    }
    return null;
  };
  const chosen = target === undefined ? null : pick(target);
  if (chosen === null) throw codes.ERR_PACKAGE_PATH_NOT_EXPORTED(dir, subpath);
  return path.resolve(dir, chosen);
}

function nodeModulesPaths(from) {
  const paths = [];
  let dir = from;
  while (true) {
    if (path.basename(dir) !== 'node_modules') paths.push(path.join(dir, 'node_modules'));
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return paths;
}

function resolvePackage(request, fromDir, conditions) {
  const parts = request.split('/');
  const nameLength = request.startsWith('@') ? 2 : 1;
  const name = parts.slice(0, nameLength).join('/');
  const subpath = parts.length > nameLength ? `./${parts.slice(nameLength).join('/')}` : '.';
  for (const modulesDir of nodeModulesPaths(fromDir)) {
    const dir = path.join(modulesDir, name);
    if (binding.stat(dir) !== 1) continue;
    const pkg = readPackageJson(dir);
    if (pkg && pkg.exports !== undefined && pkg.exports !== null) {
      const target = resolveExports(dir, pkg.exports, subpath, conditions);
      const found = tryFile(target);
      if (found !== null) return found;
      continue;
    }
    const found = resolveAsFileOrDirectory(path.join(modulesDir, request));
    if (found !== null) return found;
  }
  return null;
}

function isPathRequest(request) {
  return request.startsWith('./') || request.startsWith('../') || request.startsWith('/') ||
    request === '.' || request === '..';
}

// ---------------------------------------------------------------- CommonJS

class Module {
  constructor(id = '', parent = null) {
    this.id = id;
    this.path = path.dirname(id);
    this.exports = {};
    this.filename = null;
    this.loaded = false;
    this.children = [];
    this.paths = [];
    Object.defineProperty(this, 'parent', { value: parent, writable: true, enumerable: false });
    if (parent && parent.children) parent.children.push(this);
  }

  require(id) {
    if (typeof id !== 'string') throw codes.ERR_INVALID_ARG_TYPE('id', 'string', id);
    if (id === '') throw codes.ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
    return Module._load(id, this, false);
  }

  _compile(content, filename) {
    if (content.startsWith('#!')) content = `//${content}`;
    let compiled;
    try {
      compiled = binding.compileFunction(content, filename,
        ['exports', 'require', 'module', '__filename', '__dirname']);
    } catch (err) {
      if (err instanceof SyntaxError) err.isCompileError = true;
      throw err;
    }
    const require = makeRequire(this);
    return compiled.call(this.exports, this.exports, require, this, filename, path.dirname(filename));
  }
}

Module._cache = Object.create(null);
Module.builtinModules = binding.builtinIds.slice();
Module._extensions = Object.create(null);
// require() of an ES module, as Node 20.19+ does it: synchronous graphs
// load; one waiting on top-level await throws ERR_REQUIRE_ASYNC_MODULE.
function requireEsm(module, filename) {
  module.exports = binding.requireModule(filename, loadImport(filename));
}

Module._extensions['.js'] = function (module, filename) {
  if (filename.endsWith('.js') && packageType(filename) === 'module') {
    requireEsm(module, filename);
    return;
  }
  module._compile(binding.readFile(filename), filename);
};
Module._extensions['.cjs'] = Module._extensions['.js'];
Module._extensions['.json'] = function (module, filename) {
  const content = binding.readFile(filename);
  try {
    module.exports = JSON.parse(content);
  } catch (err) {
    err.message = `${filename}: ${err.message}`;
    throw err;
  }
};
Module._extensions['.mjs'] = requireEsm;
Module._extensions['.node'] = function (module, filename) {
  const err = new Error(`Cannot load native addon ${filename}: bistro does not support .node addons; use a bistro plugin`);
  err.code = 'ERR_DLOPEN_FAILED';
  throw err;
};

function requireStack(parent) {
  const stack = [];
  for (let m = parent; m && m.filename; m = m.parent) stack.push(m.filename);
  return stack;
}

function notFound(request, parent) {
  const stack = requireStack(parent);
  let message = `Cannot find module '${request}'`;
  if (stack.length > 0) message += `\nRequire stack:\n- ${stack.join('\n- ')}`;
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = stack;
  return err;
}

Module._resolveFilename = function (request, parent) {
  if (builtinId(request) !== null) return request;
  if (request.startsWith('plugin:')) {
    pluginExports(request);
    return request;
  }
  if (request.startsWith('node:')) throw codes.ERR_UNKNOWN_BUILTIN_MODULE(request);
  const fromDir = parent && parent.filename ? path.dirname(parent.filename) : process.cwd();
  let found;
  if (isPathRequest(request)) {
    found = resolveAsFileOrDirectory(path.resolve(fromDir, request));
  } else {
    found = resolvePackage(request, fromDir, ['require', 'node']);
  }
  if (found === null) throw notFound(request, parent);
  return found;
};

Module._load = function (request, parent, isMain) {
  const filename = Module._resolveFilename(request, parent);
  if (filename.startsWith('plugin:')) return pluginExports(filename);
  const builtin = builtinId(filename);
  if (builtin !== null && (filename === request)) {
    return binding.requireBuiltin(builtin);
  }
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    if (parent && parent.children && !parent.children.includes(cached)) parent.children.push(cached);
    return cached.exports;
  }
  const module = new Module(filename, parent);
  module.filename = filename;
  module.paths = nodeModulesPaths(path.dirname(filename));
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
    requireMain = module;
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    const ext = path.extname(filename);
    const loader = Module._extensions[ext] || Module._extensions['.js'];
    loader(module, filename);
    threw = false;
  } finally {
    if (threw) delete Module._cache[filename];
  }
  module.loaded = true;
  return module.exports;
};

let requireMain;

function makeRequire(module) {
  const require = (id) => module.require(id);
  require.resolve = (request) => {
    const resolved = Module._resolveFilename(request, module);
    return resolved;
  };
  require.resolve.paths = (request) => (builtinId(request) !== null ? null : nodeModulesPaths(module.path));
  require.cache = Module._cache;
  require.extensions = Module._extensions;
  Object.defineProperty(require, 'main', { get: () => requireMain, enumerable: true });
  return require;
}

Module.createRequire = function createRequire(filename) {
  if (typeof filename === 'string' && filename.startsWith('file://')) filename = fileURLToPath(filename);
  if (typeof filename !== 'string' || !path.isAbsolute(filename)) {
    throw codes.ERR_INVALID_ARG_VALUE('filename', filename, 'must be a file URL object, file URL string, or absolute path string');
  }
  const module = new Module(filename, null);
  module.filename = filename;
  module.paths = nodeModulesPaths(path.dirname(filename));
  return makeRequire(module);
};
Module.isBuiltin = (id) => builtinId(id) !== null;
Module.Module = Module;

// ---------------------------------------------------------------- ES modules

function fileURLToPath(url) {
  return decodeURIComponent(url.slice('file://'.length));
}

function pathToFileURL(file) {
  return `file://${encodeURI(file).replace(/[?#]/g, encodeURIComponent)}`;
}

function resolveImport(specifier, referrer) {
  const builtin = builtinId(specifier);
  if (builtin !== null) return `node:${builtin}`;
  if (specifier.startsWith('node:')) throw codes.ERR_UNKNOWN_BUILTIN_MODULE(specifier);
  if (specifier.startsWith('plugin:')) {
    pluginExports(specifier);
    return specifier;
  }
  const base = referrer && referrer.startsWith('/') ? referrer : null;
  const fromDir = base ? path.dirname(base) : process.cwd();
  const shownBase = base || path.join(process.cwd(), '[eval]');
  if (specifier.startsWith('file://')) specifier = fileURLToPath(specifier);
  if (isPathRequest(specifier)) {
    const absolute = path.resolve(fromDir, specifier);
    const kind = binding.stat(absolute);
    if (kind === 0) return binding.realpath(absolute);
    if (kind === 1) throw codes.ERR_UNSUPPORTED_DIR_IMPORT(absolute, shownBase);
    throw codes.ERR_MODULE_NOT_FOUND(absolute, shownBase);
  }
  const found = resolvePackage(specifier, fromDir, ['import', 'node']);
  if (found === null) {
    const err = codes.ERR_MODULE_NOT_FOUND(specifier, shownBase);
    err.message = `Cannot find package '${specifier}' imported from ${shownBase}`;
    throw err;
  }
  return found;
}

function loadImport(id) {
  if (id.startsWith('plugin:')) {
    const exports = pluginExports(id);
    return { exports, names: Object.keys(exports) };
  }
  if (id.startsWith('node:')) {
    const name = id.slice(5);
    const exports = binding.requireBuiltin(name);
    return { exports, names: Object.keys(exports) };
  }
  if (isEsmFile(id)) {
    let source = binding.readFile(id);
    if (source.startsWith('#!')) source = `//${source}`;
    return { source, url: pathToFileURL(id), filename: id, dirname: path.dirname(id) };
  }
  const exports = Module._load(id, null, false);
  const names = exports !== null && (typeof exports === 'object' || typeof exports === 'function')
    ? Object.keys(exports) : [];
  return { exports, names };
}

// ---------------------------------------------------------------- entry points

function runMain(file) {
  const absolute = path.resolve(file);
  let filename;
  try {
    filename = Module._resolveFilename(absolute, null);
  } catch (err) {
    if (err.code !== 'MODULE_NOT_FOUND') throw err;
    binding.writeStderr(`Error: Cannot find module '${absolute}'\n`);
    process.exitCode = 1;
    binding.reallyExit(1);
  }
  process.argv[1] = filename;
  if (!isEsmFile(filename)) {
    Module._load(filename, null, true);
    return;
  }
  mainModuleUrl = pathToFileURL(filename);
  mainModuleSettled = false;
  let promise;
  try {
    promise = binding.runModule(filename, loadImport(filename));
  } catch (err) {
    mainModuleSettled = true;
    if (err instanceof SyntaxError) err.isCompileError = true;
    throw err;
  }
  promise.then(() => {
    mainModuleSettled = true;
  }, (err) => {
    mainModuleSettled = true;
    require('internal/fatal').triggerUncaughtException(err, false);
  });
}

function evalScript(code, print) {
  const module = new Module(path.join(process.cwd(), '[eval]'), null);
  module.filename = module.id;
  module.paths = nodeModulesPaths(process.cwd());
  const require = makeRequire(module);
  globalThis.require = require;
  globalThis.module = module;
  globalThis.exports = module.exports;
  globalThis.__filename = '[eval]';
  globalThis.__dirname = '.';
  let result;
  try {
    result = binding.evalGlobal(code, '[eval]');
  } catch (err) {
    if (err instanceof SyntaxError) err.isCompileError = true;
    throw err;
  }
  if (print) {
    const text = typeof result === 'string' ? result : require('util').inspect(result);
    binding.writeStdout(`${text}\n`);
  }
  return result;
}

// The main ES module's URL while its top-level await is unsettled.
function unsettledMainModule() {
  return mainModuleSettled ? false : mainModuleUrl;
}

module.exports = { Module, runMain, evalScript, resolveImport, loadImport, unsettledMainModule, fileURLToPath, pathToFileURL };
