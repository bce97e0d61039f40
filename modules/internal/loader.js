'use strict';
// The module loader's entry points: the main script (CommonJS or an ES
// module), `-e` code, and the hooks the host calls for `import`. The
// loaders themselves live in internal/modules/: cjs.js (require), esm.js
// (import), package_resolve.js and package_json.js (package resolution).

const path = require('path');
const { Module, makeRequireFunction } = require('internal/modules/cjs');
const { resolveImport, loadImport, isEsmFile, findPackageJSON } = require('internal/modules/esm');
const { pathToFileURL } = require('internal/modules/file_url');

Module.findPackageJSON = findPackageJSON;

let mainModuleUrl = null;
let mainModuleSettled = true;

// ---------------------------------------------------------------- entry points

function runMain(file) {
  const absolute = path.resolve(file);
  let filename;
  try {
    filename = Module._resolveFilename(absolute, null, true);
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
  runMainModule(filename, loadImport(filename));
}

/** Runs the main ES module `filename` from loadImport's `record`. */
function runMainModule(filename, record) {
  mainModuleUrl = pathToFileURL(filename);
  mainModuleSettled = false;
  let promise;
  try {
    promise = binding.runModule(filename, record);
  } catch (err) {
    mainModuleSettled = true;
    // A JavaScript syntax error; a coded one (type stripping) prints whole.
    if (err instanceof SyntaxError && err.code === undefined) err.isCompileError = true;
    throw err;
  }
  promise.then(() => {
    mainModuleSettled = true;
  }, (err) => {
    mainModuleSettled = true;
    require('internal/fatal').triggerUncaughtException(err, false);
  });
}

/** The working directory, or (when it was removed) the executable's
 * folder, as Node falls back for scripts without a file. */
function tryGetCwd() {
  try {
    return process.cwd();
  } catch {
    return path.dirname(process.execPath);
  }
}

/** Runs `code` as a CommonJS script named `name` (`[eval]`, `[stdin]`). */
function evalScript(code, print, name = '[eval]') {
  const module = new Module(name, null);
  const cwd = tryGetCwd();
  module.filename = path.join(cwd, name);
  module.paths = Module._nodeModulePaths(cwd);
  const require = makeRequireFunction(module);
  globalThis.require = require;
  globalThis.module = module;
  globalThis.exports = module.exports;
  globalThis.__filename = name;
  globalThis.__dirname = '.';
  let result;
  try {
    result = binding.evalGlobal(code, name);
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

module.exports = { Module, runMain, runMainModule, evalScript, resolveImport, loadImport, unsettledMainModule };
