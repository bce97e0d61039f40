'use strict';
// The runtime's own settings from the environment (FORCE_COLOR, NODE_PATH,
// NODE_DEBUG, ...). Reading them is the runtime's business, not the
// script's, so a sandbox that does not grant `env` leaves them unset
// instead of failing whatever module happens to read one.

// What has been read, until process.env changes (each read would otherwise
// cross into the process plugin: console.log reads FORCE_COLOR every time).
const cache = new Map();

/** The variable `name`, or undefined when unset or not readable. */
function runtimeEnv(name) {
  if (cache.has(name)) return cache.get(name);
  // Straight from the process plugin: this also works while node:process
  // is still being set up.
  let value;
  try {
    value = binding.ops.process?.env_get(name) ?? undefined;
  } catch {
    value = undefined;
  }
  cache.set(name, value);
  return value;
}

/** Forgets what was read: process.env has changed. */
function envChanged() {
  cache.clear();
}

module.exports = { runtimeEnv, envChanged };
