'use strict';
// node:sys — the deprecated old name of node:util.

module.exports = require('util');
process.emitWarning('sys is deprecated. Use `node:util` instead.', 'DeprecationWarning', 'DEP0025');
