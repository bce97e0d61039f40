'use strict';
// node:module — the CommonJS Module class, createRequire, builtinModules.

module.exports = require('internal/loader').Module;
