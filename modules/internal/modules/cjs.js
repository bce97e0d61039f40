'use strict';
// The CommonJS loader: Module, require(), require.resolve (with `paths`),
// require.cache, the lookup through node_modules and NODE_PATH, package
// "main", "exports", "imports" and self-reference, registered extensions
// (multi-dot ones too), cycles (with Node's warning on a missing export)
// and the patchable Module.wrap/wrapper.

const path = require('path');
const { codes } = require('internal/errors');
const packageJson = require('internal/modules/package_json');
const { packageExportsResolve, packageImportsResolve, decodeResolved } = require('internal/modules/package_resolve');
const { canBeRequiredWithoutScheme, checkNotLeftOut, normalizeRequirableId, builtinModules } = require('internal/modules/builtin_ids');
const { fileURLToPath } = require('internal/modules/file_url');

/** The conditions "exports" and "imports" match for require(). */
const cjsConditions = new Set(['require', 'node', 'module-sync']);
const kParent = Symbol('kParent');

function validateString(value, name) {
  if (typeof value !== 'string') throw codes.ERR_INVALID_ARG_TYPE(name, 'string', value);
}

// require('plugin:NAME'): a third-party plugin's ops as a frozen object of
// functions, one per plugin. The standard library's own plugins are not
// reachable this way, so no program can swap the ops built-ins call.
const thirdPartyPlugins = new Set(binding.pluginNames);
const pluginObjects = new Map();
function pluginExports(request) {
  const name = request.slice('plugin:'.length);
  let exports = pluginObjects.get(name);
  if (exports === undefined) {
    if (!thirdPartyPlugins.has(name)) {
      const err = new Error(`Cannot find plugin '${name}': no plugin of that name is loaded in this build`);
      err.code = 'ERR_UNKNOWN_PLUGIN';
      throw err;
    }
    exports = Object.freeze({ ...binding.ops[name] });
    pluginObjects.set(name, exports);
  }
  return exports;
}

// An own data property even when Object.prototype has a setter of that name.
function setOwnProperty(object, key, value) {
  Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
}

function updateChildren(parent, child, scan) {
  const children = parent && parent.children;
  if (children && !(scan && children.includes(child))) children.push(child);
}

/** Module(id, parent): one CommonJS module (`module` inside it). */
function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  setOwnProperty(this, 'exports', {});
  this[kParent] = parent;
  updateChildren(parent, this, false);
  this.filename = null;
  this.loaded = false;
  this.children = [];
}

let isPreloading = false;
/** Whether the `-r` preloads are running. */
Object.defineProperty(Module.prototype, 'isPreloading', { get() { return isPreloading; }, configurable: true });

Object.defineProperty(Module.prototype, 'parent', {
  get() { return this[kParent]; },
  set(value) { this[kParent] = value; },
  configurable: true,
});

Module._cache = { __proto__: null };
Module._pathCache = { __proto__: null };
Module._extensions = { __proto__: null };
Module.globalPaths = [];
Module.builtinModules = builtinModules();
Module.isBuiltin = function isBuiltin(id) {
  return typeof id === 'string' && normalizeRequirableId(id) !== undefined;
};
let modulePaths = [];

// Module.wrap and Module.wrapper may be replaced or edited; once they are,
// modules compile from the wrapped text instead of as function bodies.
let patched = false;
let wrap = function (script) { // eslint-disable-line func-style
  return Module.wrapper[0] + script + Module.wrapper[1];
};
const wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
let wrapperProxy = new Proxy(wrapper, {
  set(target, property, value, receiver) {
    patched = true;
    return Reflect.set(target, property, value, receiver);
  },
  defineProperty(target, property, descriptor) {
    patched = true;
    return Reflect.defineProperty(target, property, descriptor);
  },
});
Object.defineProperty(Module, 'wrap', {
  get() { return wrap; },
  set(value) {
    patched = true;
    wrap = value;
  },
  configurable: true,
});
Object.defineProperty(Module, 'wrapper', {
  get() { return wrapperProxy; },
  set(value) {
    patched = true;
    wrapperProxy = value;
  },
  configurable: true,
});

// 0 for a file, 1 for a directory, negative when missing.
const stat = (filename) => binding.stat(filename);

function tryFile(requestPath) {
  return stat(requestPath) === 0 ? binding.realpath(requestPath) : false;
}

function tryExtensions(basePath, exts) {
  for (let i = 0; i < exts.length; i++) {
    const filename = tryFile(basePath + exts[i]);
    if (filename) return filename;
  }
  return false;
}

// A directory: its package.json "main" (with the usual extensions), else index.
function tryPackage(requestPath, exts, originalPath) {
  const pkg = packageJson.readPackage(requestPath);
  if (pkg.main === undefined) return tryExtensions(path.resolve(requestPath, 'index'), exts);
  const filename = path.resolve(requestPath, pkg.main);
  let actual = tryFile(filename) || tryExtensions(filename, exts) ||
    tryExtensions(path.resolve(filename, 'index'), exts);
  if (actual === false) {
    actual = tryExtensions(path.resolve(requestPath, 'index'), exts);
    if (!actual) {
      const err = new Error(`Cannot find module '${filename}'. Please verify that the package.json has a valid "main" entry`);
      err.code = 'MODULE_NOT_FOUND';
      err.path = pkg.pjsonPath;
      err.requestPath = originalPath;
      throw err;
    }
    process.emitWarning(`Invalid 'main' field in '${pkg.pjsonPath}' of '${pkg.main}'. ` +
      'Please either fix that or report it to the module author', 'DeprecationWarning', 'DEP0128');
  }
  return actual;
}

// The longest registered extension of `filename` ('.foo.bar' before '.bar').
function findLongestRegisteredExtension(filename) {
  const name = path.basename(filename);
  let index;
  let startIndex = 0;
  while ((index = name.indexOf('.', startIndex)) !== -1) {
    startIndex = index + 1;
    if (index === 0) continue; // A dotfile like .bar has no extension.
    const extension = name.slice(index);
    if (Module._extensions[extension]) return extension;
  }
  return '.js';
}

function isRelative(request) {
  return request[0] === '.' &&
    (request.length === 1 || request === '..' || request.startsWith('./') || request.startsWith('../'));
}

function createEsmNotFoundErr(request, pjsonPath) {
  const err = new Error(`Cannot find module '${request}'`);
  err.code = 'MODULE_NOT_FOUND';
  if (pjsonPath) err.path = pjsonPath;
  return err;
}

// A file an "exports"/"imports" target gave: it must exist (and be a
// file: an "imports" target naming a built-in fails, as in Node).
function finalizeEsmResolution(resolved, parentPath, pkgPath) {
  if (resolved.startsWith('node:')) throw codes.ERR_INVALID_URL_SCHEME('file');
  const filename = decodeResolved(resolved, parentPath);
  const actual = tryFile(filename);
  if (actual) return actual;
  throw createEsmNotFoundErr(filename, pkgPath);
}

function resolveExpansion(expansion, pjsonPath, pkg, parentPath, conditions) {
  try {
    return finalizeEsmResolution(packageExportsResolve(pjsonPath, expansion, pkg, parentPath, conditions),
      parentPath, path.dirname(pjsonPath));
  } catch (err) {
    if (err.code === 'ERR_MODULE_NOT_FOUND') throw createEsmNotFoundErr(expansion, path.dirname(pjsonPath));
    throw err;
  }
}

// The file a parent's package lookups start from: its own, or the working
// directory for the file-less preload and REPL modules.
function trySelfParentPath(parent) {
  if (!parent) return false;
  if (parent.filename) return parent.filename;
  if (parent.id === '<repl>' || parent.id === 'internal/preload') {
    try {
      return `${process.cwd()}/`;
    } catch {
      return false; // the working directory was removed
    }
  }
  return false;
}

// `require('mypkg/x')` from inside the package "mypkg" (when it has "exports").
function trySelf(parentPath, request, conditions) {
  if (!parentPath) return false;
  const pkg = packageJson.getNearestParentPackageJSON(parentPath);
  if (pkg === undefined || pkg.exports === undefined || pkg.name === undefined) return false;
  let expansion;
  if (request === pkg.name) expansion = '.';
  else if (request.startsWith(`${pkg.name}/`)) expansion = `.${request.slice(pkg.name.length)}`;
  else return false;
  return resolveExpansion(expansion, pkg.pjsonPath, pkg, parentPath, conditions);
}

// 'name' or '@scope/name' and the rest, for requests that may hit "exports".
const EXPORTS_PATTERN = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/;

function resolveExports(nmPath, request, conditions) {
  const match = EXPORTS_PATTERN.exec(request);
  if (match === null) return undefined;
  const pkgPath = path.resolve(nmPath, match[1]);
  const pkg = packageJson.readPackage(pkgPath);
  if (!pkg.exists || pkg.exports == null) return undefined;
  try {
    return finalizeEsmResolution(packageExportsResolve(pkg.pjsonPath, `.${match[2] || ''}`, pkg, undefined, conditions),
      null, pkgPath);
  } catch (err) {
    if (err.code === 'ERR_MODULE_NOT_FOUND') throw createEsmNotFoundErr(request, pkg.pjsonPath);
    throw err;
  }
}

// Whether a request names a directory ('.', '..', 'x/', 'x/.', 'x/..').
function hasTrailingSlash(request) {
  return request.endsWith('/') || request === '.' || request === '..' || request.endsWith('/.') ||
    request.endsWith('/..');
}

/** The file `request` names in one of the folders `paths`, or false. */
Module._findPath = function _findPath(request, paths, isMain, conditions = cjsConditions) {
  const absoluteRequest = path.isAbsolute(request);
  if (absoluteRequest) paths = [''];
  else if (!paths || paths.length === 0) return false;
  const cacheKey = `${request}\x00${paths.join('\x00')}`;
  const entry = Module._pathCache[cacheKey];
  if (entry) return entry;
  const trailingSlash = request.length > 0 && hasTrailingSlash(request);
  const insidePath = !(isRelative(request) && path.normalize(request).startsWith('..'));
  let exts;
  for (let i = 0; i < paths.length; i++) {
    const curPath = paths[i];
    if (typeof curPath !== 'string') throw codes.ERR_INVALID_ARG_TYPE('paths', 'array of strings', paths);
    if (insidePath && curPath && stat(curPath) < 1) continue;
    if (!absoluteRequest) {
      const exportsResolved = resolveExports(curPath, request, conditions);
      if (exportsResolved) return exportsResolved;
    }
    const basePath = path.resolve(curPath, request);
    const rc = stat(basePath);
    let filename;
    if (!trailingSlash) {
      if (rc === 0) filename = binding.realpath(basePath);
      if (!filename) {
        if (exts === undefined) exts = Object.keys(Module._extensions);
        filename = tryExtensions(basePath, exts);
      }
    }
    if (!filename && rc === 1) {
      if (exts === undefined) exts = Object.keys(Module._extensions);
      filename = tryPackage(basePath, exts, request);
    }
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

/** The node_modules folders a module in folder `from` looks in, nearest first. */
Module._nodeModulePaths = function _nodeModulePaths(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  const parts = from.split('/');
  for (let end = parts.length; end > 1; end--) {
    if (parts[end - 1] === 'node_modules') continue;
    paths.push(`${parts.slice(0, end).join('/')}/node_modules`);
  }
  paths.push('/node_modules');
  return paths;
};

/** The folders `request` is looked up in from `parent` (null for a built-in). */
Module._resolveLookupPaths = function _resolveLookupPaths(request, parent) {
  if (normalizeRequirableId(request)) return null;
  if (request[0] !== '.' || (request.length > 1 && request[1] !== '.' && request[1] !== '/')) {
    const paths = parent && parent.paths && parent.paths.length ? parent.paths.concat(modulePaths) : modulePaths;
    return paths.length > 0 ? paths : null;
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

/** Reads NODE_PATH and HOME into the global folders searched last. */
Module._initPaths = function _initPaths() {
  const { runtimeEnv } = require('internal/runtime_env');
  const homeDir = runtimeEnv('HOME');
  const nodePath = runtimeEnv('NODE_PATH');
  const prefixDir = path.resolve(process.execPath, '..', '..');
  const paths = [path.resolve(prefixDir, 'lib', 'node')];
  if (homeDir) paths.unshift(path.resolve(homeDir, '.node_libraries'), path.resolve(homeDir, '.node_modules'));
  if (nodePath) paths.unshift(...nodePath.split(path.delimiter).filter(Boolean));
  modulePaths = paths;
  Module.globalPaths = modulePaths.slice();
};

function getRequireStack(parent) {
  const requireStack = [];
  for (let cursor = parent; cursor; cursor = cursor[kParent]) requireStack.push(cursor.filename || cursor.id);
  return requireStack;
}

/** The file (or built-in id) `request` names from `parent`;
 * `options.paths` replaces the folders searched. */
Module._resolveFilename = function _resolveFilename(request, parent, isMain, options) {
  checkNotLeftOut(request);
  if (normalizeRequirableId(request)) return request;
  if (request.startsWith('plugin:')) {
    pluginExports(request);
    return request;
  }
  const conditions = (options && options.conditions) || cjsConditions;
  let paths;
  if (typeof options === 'object' && options !== null) {
    if (Array.isArray(options.paths)) {
      if (isRelative(request)) {
        paths = options.paths;
      } else {
        const fakeParent = new Module('', null);
        paths = [];
        for (let i = 0; i < options.paths.length; i++) {
          fakeParent.paths = Module._nodeModulePaths(options.paths[i]);
          const lookupPaths = Module._resolveLookupPaths(request, fakeParent);
          for (let j = 0; j < lookupPaths.length; j++) {
            if (!paths.includes(lookupPaths[j])) paths.push(lookupPaths[j]);
          }
        }
      }
    } else if (options.paths === undefined) {
      paths = Module._resolveLookupPaths(request, parent);
    } else {
      throw codes.ERR_INVALID_ARG_VALUE('options.paths', options.paths);
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }

  const parentPath = trySelfParentPath(parent);
  if (request[0] === '#' && parent && (parent.filename || parent.id === '<repl>')) {
    const pkg = packageJson.getNearestParentPackageJSON(parentPath);
    if (pkg !== undefined && pkg.imports != null) {
      try {
        return finalizeEsmResolution(packageImportsResolve(request, parentPath, conditions), parentPath,
          path.dirname(pkg.pjsonPath));
      } catch (err) {
        if (err.code === 'ERR_MODULE_NOT_FOUND') throw createEsmNotFoundErr(request);
        throw err;
      }
    }
  }

  const selfResolved = trySelf(parentPath, request, conditions);
  if (selfResolved) {
    Module._pathCache[`${request}\x00${paths.join('\x00')}`] = selfResolved;
    return selfResolved;
  }

  const filename = Module._findPath(request, paths, isMain, conditions);
  if (filename) return filename;
  const requireStack = getRequireStack(parent);
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += `\nRequire stack:\n- ${requireStack.join('\n- ')}`;
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

// Reading a missing export of a module still loading (a cycle) warns.
function emitCircularRequireWarning(prop) {
  process.emitWarning(`Accessing non-existent property '${String(prop)}' of module exports inside circular dependency`);
}
const CircularRequirePrototypeWarningProxy = new Proxy({}, {
  get(target, prop) {
    // __esModule is how transpiled code asks; it is not a real export.
    if (prop in target || prop === '__esModule') return target[prop];
    emitCircularRequireWarning(prop);
    return undefined;
  },
  getOwnPropertyDescriptor(target, prop) {
    if (Object.prototype.hasOwnProperty.call(target, prop) || prop === '__esModule') {
      return Object.getOwnPropertyDescriptor(target, prop);
    }
    emitCircularRequireWarning(prop);
    return undefined;
  },
});

function getExportsForCircularRequire(module) {
  const exports = module.exports;
  if (exports && !binding.isProxy(exports) && Object.getPrototypeOf(exports) === Object.prototype &&
      !exports.__esModule) {
    Object.setPrototypeOf(exports, CircularRequirePrototypeWarningProxy);
  }
  return exports;
}

/** require(request) from `parent`: the cached, built-in or newly loaded exports. */
Module._load = function _load(request, parent, isMain) {
  if (request.startsWith('node:')) {
    const id = request.slice(5);
    checkNotLeftOut(request);
    if (!binding.isBuiltin(id)) throw codes.ERR_UNKNOWN_BUILTIN_MODULE(request);
    return binding.requireBuiltin(id);
  }
  const filename = Module._resolveFilename(request, parent, isMain);
  if (filename.startsWith('plugin:')) return pluginExports(filename);
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    updateChildren(parent, cached, true);
    return cached.loaded ? cached.exports : getExportsForCircularRequire(cached);
  }
  if (canBeRequiredWithoutScheme(filename)) return binding.requireBuiltin(filename);
  const module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      const children = parent && parent.children;
      if (Array.isArray(children)) {
        const index = children.indexOf(module);
        if (index !== -1) children.splice(index, 1);
      }
    } else if (module.exports && !binding.isProxy(module.exports) &&
        Object.getPrototypeOf(module.exports) === CircularRequirePrototypeWarningProxy) {
      Object.setPrototypeOf(module.exports, Object.prototype);
    }
  }
  return module.exports;
};

/** Loads the file through the handler of its (longest) extension. */
Module.prototype.load = function load(filename) {
  this.filename ??= filename;
  this.paths ??= Module._nodeModulePaths(path.dirname(filename));
  require('internal/watch_mode/report').reportRequired(filename);
  Module._extensions[findLongestRegisteredExtension(filename)](this, filename);
  this.loaded = true;
};

/** require(id) relative to this module. */
Module.prototype.require = function require(id) {
  validateString(id, 'id');
  if (id === '') throw codes.ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  return Module._load(id, this, false);
};

/** Runs `content` as this module's code. */
Module.prototype._compile = function _compile(content, filename) {
  if (content.startsWith('#!')) content = `//${content}`;
  let compiled;
  try {
    compiled = patched
      ? binding.evalGlobal(Module.wrap(content), filename)
      : binding.compileFunction(content, filename, ['exports', 'require', 'module', '__filename', '__dirname']);
  } catch (err) {
    if (err instanceof SyntaxError) err.isCompileError = true;
    throw err;
  }
  const require = makeRequireFunction(this);
  return compiled.call(this.exports, this.exports, require, this, filename, path.dirname(filename));
};

/** The `require` function of `module`. */
function makeRequireFunction(module) {
  const require = function require(id) {
    return module.require(id);
  };
  function resolve(request, options) {
    validateString(request, 'request');
    return Module._resolveFilename(request, module, false, options);
  }
  require.resolve = resolve;
  function paths(request) {
    validateString(request, 'request');
    return Module._resolveLookupPaths(request, module);
  }
  resolve.paths = paths;
  Object.defineProperty(require, 'main', { get: () => process.mainModule, enumerable: true, configurable: true });
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

/** createRequire(filename or file URL): a require() as if from that file
 * (a path ending in '/' stands for a file in that folder). */
Module.createRequire = function createRequire(filename) {
  let filepath;
  if (filename !== null && typeof filename === 'object' && typeof filename.href === 'string') filename = filename.href;
  if (typeof filename === 'string' && filename.startsWith('file:')) {
    filepath = fileURLToPath(filename);
  } else if (typeof filename === 'string' && path.isAbsolute(filename)) {
    filepath = filename;
  } else {
    throw codes.ERR_INVALID_ARG_VALUE('filename', filename,
      'must be a file URL object, file URL string, or absolute path string');
  }
  const proxyPath = filepath.endsWith('/') ? path.join(filepath, 'noop.js') : filepath;
  const module = new Module(proxyPath);
  module.filename = proxyPath;
  module.paths = Module._nodeModulePaths(module.path);
  return makeRequireFunction(module);
};

/** Runs the `-r` modules: required from a file-less 'internal/preload'
 * module, so they resolve from the working directory. */
Module._preloadModules = function _preloadModules(requests) {
  if (!Array.isArray(requests)) return;
  isPreloading = true;
  const parent = new Module('internal/preload', null);
  try {
    parent.paths = Module._nodeModulePaths(process.cwd());
  } catch (err) {
    if (err.code !== 'ENOENT') throw err; // a removed working directory: no paths
  }
  for (let i = 0; i < requests.length; i++) parent.require(requests[i]);
  isPreloading = false;
};

let sourceMapsSupport = { enabled: false, nodeModules: false, generatedCode: false };

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw codes.ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}

/** Records whether stack traces should use source maps (bistro does not
 * map them yet; the setting is kept for getSourceMapsSupport). */
Module.setSourceMapsSupport = function setSourceMapsSupport(enabled, options = {}) {
  validateBoolean(enabled, 'enabled');
  if (options === null || typeof options !== 'object') throw codes.ERR_INVALID_ARG_TYPE('options', 'object', options);
  const { nodeModules = false, generatedCode = false } = options;
  validateBoolean(nodeModules, 'options.nodeModules');
  validateBoolean(generatedCode, 'options.generatedCode');
  sourceMapsSupport = { enabled, nodeModules, generatedCode };
};

/** The source-map settings. */
Module.getSourceMapsSupport = function getSourceMapsSupport() {
  return { __proto__: null, ...sourceMapsSupport };
};

/** Whether this build strips types from .ts, .mts and .cts files (it has
 * the typescript plugin); without it they load as Node's do under
 * --no-experimental-strip-types. */
const stripsTypes = Object.prototype.hasOwnProperty.call(binding.ops, 'typescript');

/** The format require() gives a file: 'module' (an ES module, .mjs or a
 * .js under "type": "module") or 'commonjs'; when types are stripped,
 * 'module-typescript' (.mts, or .ts under "type": "module"),
 * 'commonjs-typescript' (.cts, or .ts under "type": "commonjs") or
 * 'typescript' (.ts with no "type": its syntax tells, once stripped). */
function formatOf(filename) {
  if (filename.endsWith('.mjs')) return 'module';
  if (filename.endsWith('.cjs')) return 'commonjs';
  if (filename.endsWith('.js') || path.extname(filename) === '') {
    return packageJson.getPackageType(filename) === 'module' ? 'module' : 'commonjs';
  }
  if (stripsTypes) {
    if (filename.endsWith('.mts')) return 'module-typescript';
    if (filename.endsWith('.cts')) return 'commonjs-typescript';
    if (filename.endsWith('.ts')) {
      const type = packageJson.getPackageType(filename);
      return type === 'none' ? 'typescript' : `${type}-typescript`;
    }
  }
  return 'commonjs';
}

// require() of an ES module, as Node 22+ does it: a synchronous graph
// loads; one waiting on top-level await throws ERR_REQUIRE_ASYNC_MODULE.
function requireEsm(module, filename, record) {
  setOwnProperty(module, 'exports', binding.requireModule(filename, record));
}

// A TypeScript file, its types stripped: CommonJS, or an ES module (by its
// extension, its package's "type" or its syntax), which require()
// evaluates, or which runs as the main module (top-level await and all).
function loadTypeScript(module, filename, format) {
  const { stripTypeScript } = require('internal/modules/typescript');
  const { pathToFileURL } = require('internal/modules/file_url');
  const goal = format === 'module-typescript' ? 'module' : undefined;
  const stripped = stripTypeScript(binding.readFile(filename), filename, pathToFileURL(filename), goal);
  if (format === 'commonjs-typescript' || !stripped.module) {
    module._compile(stripped.code, filename);
    return;
  }
  const record = require('internal/modules/esm').moduleRecord(filename, stripped.code);
  if (module.id === '.') require('internal/loader').runMainModule(filename, record);
  else requireEsm(module, filename, record);
}

Module._extensions['.js'] = function (module, filename) {
  const format = formatOf(filename);
  if (format === 'module') {
    requireEsm(module, filename, require('internal/modules/esm').loadImport(filename));
  } else if (format.endsWith('typescript')) {
    loadTypeScript(module, filename, format);
  } else {
    module._compile(binding.readFile(filename), filename);
  }
};
Module._extensions['.json'] = function (module, filename) {
  const content = binding.readFile(filename);
  try {
    setOwnProperty(module, 'exports', JSON.parse(content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content));
  } catch (err) {
    err.message = `${filename}: ${err.message}`;
    throw err;
  }
};
// Native addons do not load in bistro; a file that is no shared library
// at all fails with what dlopen would have said of it, as in Node.
Module._extensions['.node'] = function (module, filename) {
  const bytes = require('fs').readFileSync(filename);
  let reason = 'bistro does not support .node addons; use a bistro plugin';
  if (bytes.length < 64) reason = 'file too short';
  else if (bytes.readUInt32BE(0) !== 0x7F454C46) reason = 'invalid ELF header';
  const err = new Error(`${filename}: ${reason}`);
  err.code = 'ERR_DLOPEN_FAILED';
  throw err;
};

Module.Module = Module;
Module._initPaths();

module.exports = { Module, makeRequireFunction, pluginExports, formatOf };
