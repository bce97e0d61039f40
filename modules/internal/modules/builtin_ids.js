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

module.exports = { canBeRequiredWithoutScheme, normalizeRequirableId, builtinModules, getBuiltinModule };
