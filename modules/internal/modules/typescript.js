'use strict';
// Type stripping for .ts, .mts and .cts files, as Node 26 does it by
// default (strip-only: types become whitespace, nothing is type-checked).
// The typescript plugin's op does the stripping; this file adds Node's
// node_modules rule and turns the op's errors into the SyntaxErrors Node
// throws, with the file:line header and code frame above the stack.
// Loaded only when a TypeScript file is.

const { codes, makeError } = require('internal/errors');

const nodeModulesPattern = /[\\/]node_modules[\\/]/;

/**
 * `{ code, module }` for the TypeScript `source` of the file `file` (a
 * path or a file URL, named so in ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING):
 * the code with its types blanked, and whether it is an ES module (always,
 * for `goal` 'module'; otherwise by its syntax). A syntax error's header
 * names the file `hintsName`, as Node does on that loading path.
 */
function stripTypeScript(source, file, hintsName, goal) {
  if (nodeModulesPattern.test(file)) throw codes.ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING(file);
  try {
    return binding.ops.typescript.strip(source, hintsName, goal);
  } catch (err) {
    if (typeof err.hints !== 'string') throw err;
    const error = makeError(SyntaxError, err.code, err.message);
    error.stack = `${err.hints}\n${error.stack}`;
    throw error;
  }
}

module.exports = { stripTypeScript };
