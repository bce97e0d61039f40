'use strict';
// The program's entry points, as Node starts them: the `-r` preloads, then
// the `--import` preloads (awaited), then the main script, the code of
// `-e`/`-p`, or a script read from standard input — CommonJS, or an ES
// module with `--input-type=module`.

const loader = require('internal/loader');
const path = require('path');
const { codes } = require('internal/errors');

const options = binding.entryOptions;

/** Runs the `-r` modules, resolved from the working directory. */
function preloadRequires() {
  if (options.require.length === 0) return;
  // As in Node, the parent is a module without a file, so relative ids
  // resolve from the working directory and error stacks name it.
  loader.Module._preloadModules(options.require);
}

/** The URL of code evaluated in the working directory under `name`. */
function cwdUrl(name) {
  const base = require('internal/modules/file_url').pathToFileURL(process.cwd());
  return `${base.endsWith('/') ? base : `${base}/`}${name}`;
}

/**
 * Evaluates `source` as an ES module named `name` in the working
 * directory; its failure (or that of a module it imports) is uncaught.
 */
function evalModule(source, name) {
  const filename = path.join(process.cwd(), name);
  let promise;
  try {
    promise = binding.runModule(filename, { source, url: cwdUrl(name), filename, dirname: process.cwd() });
  } catch (err) {
    if (err instanceof SyntaxError) err.isCompileError = true;
    throw err;
  }
  return promise.then(undefined, (err) => require('internal/fatal').triggerUncaughtException(err, false));
}

/** Runs the preloads, then `start`: at once, or after the `--import`s. */
function afterPreloads(start) {
  preloadRequires();
  if (options.import.length === 0) return start();
  const source = options.import.map((id) => `import ${JSON.stringify(id)};`).join('\n');
  evalModule(source, '[preload]').then(start);
  return undefined;
}

/** `bistro FILE`. */
function runMain(file) {
  // `bistro --watch FILE`: supervise FILE run in a child; no user code
  // (not even the preloads) runs in this process.
  if (options.watch !== undefined) return require('internal/watch_mode/supervisor').supervise(options.watch);
  return afterPreloads(() => loader.runMain(file));
}

/**
 * Makes the built-in modules globals for `-e` code, as Node does: each a
 * lazy, non-enumerable getter (skipping ids with `_` or `/` and names
 * already global), which an assignment replaces.
 */
function addBuiltinGlobals() {
  const { Module } = loader;
  const dummy = new Module('[eval]', null);
  for (const name of Module.builtinModules) {
    if (name[0] === '_' || name.includes('/') || Object.prototype.hasOwnProperty.call(globalThis, name)) continue;
    const setReal = (value) => {
      delete globalThis[name];
      globalThis[name] = value;
    };
    Object.defineProperty(globalThis, name, {
      get() {
        const lib = dummy.require(name);
        Object.defineProperty(globalThis, name, { get: () => lib, set: setReal, configurable: true, enumerable: false });
        return lib;
      },
      set: setReal,
      configurable: true,
      enumerable: false,
    });
  }
}

/** `bistro -e CODE` / `bistro -p CODE`. */
function evalScript(code, print) {
  addBuiltinGlobals();
  if (options.inputType !== 'module') return afterPreloads(() => loader.evalScript(code, print, '[eval]'));
  if (print) throw codes.ERR_EVAL_ESM_CANNOT_PRINT();
  return afterPreloads(() => evalModule(code, '[eval1]'));
}

/** A script from standard input (`bistro -`, or piped in). */
function evalStdin(code) {
  if (options.inputType === 'module') return afterPreloads(() => evalModule(code, '[eval1]'));
  return afterPreloads(() => loader.evalScript(code, false, '[stdin]'));
}

module.exports = { runMain, evalScript, evalStdin };
