'use strict';
// Which names are built-in modules: every public module of modules/, some
// (node:test, node:sqlite, ...) only with the `node:` scheme, as in Node.

// Built-ins that exist only with the node: prefix: require('test') is a
// package lookup.
const schemeOnly = new Set(['sea', 'sqlite', 'test', 'test/reporters', 'quic']);

/** Whether `id` (no scheme) names a built-in reachable without `node:`. */
function canBeRequiredWithoutScheme(id) {
  return binding.isBuiltin(id) && !schemeOnly.has(id);
}

// Node's built-ins this build leaves out: no loaded plugin serves them.
const absent = new Set(binding.absentBuiltinIds);

/** ERR_UNKNOWN_BUILTIN_MODULE when `request` ('fs' or 'node:fs') names a
 * built-in this build has no plugin for: decided here, at resolution. */
function checkNotLeftOut(request) {
  const id = request.startsWith('node:') ? request.slice(5) : request;
  if (absent.has(id)) {
    const err = new Error(`No such built-in module: ${request} (this build of bistro has no plugin serving it)`);
    err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
    throw err;
  }
}

/** The built-in id `request` names ('fs' for 'fs' or 'node:fs'), or undefined. */
function normalizeRequirableId(request) {
  if (request.startsWith('node:')) {
    const id = request.slice(5);
    return binding.isBuiltin(id) ? id : undefined;
  }
  return canBeRequiredWithoutScheme(request) ? request : undefined;
}

/** module.builtinModules: the ids, scheme-only ones with their `node:`. */
function builtinModules() {
  return binding.builtinIds.map((id) => (schemeOnly.has(id) ? `node:${id}` : id));
}

/** process.getBuiltinModule(id): a built-in's exports, or undefined for
 * an id that names none (no package lookup, unlike require). */
function getBuiltinModule(id) {
  if (typeof id !== 'string') throw require('internal/errors').codes.ERR_INVALID_ARG_TYPE('id', 'string', id);
  const normalized = normalizeRequirableId(id);
  return normalized === undefined ? undefined : binding.requireBuiltin(normalized);
}

module.exports = { checkNotLeftOut, canBeRequiredWithoutScheme, normalizeRequirableId, builtinModules, getBuiltinModule };
