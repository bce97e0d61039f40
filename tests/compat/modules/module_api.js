// node:module and require(): the lookup paths, isBuiltin and
// builtinModules, createRequire (paths, file URLs, folders), require.resolve
// with `paths`, require.cache (also for built-ins), multi-dot extensions,
// Module.wrap/wrapper, findPackageJSON, setSourceMapsSupport, cycles' warning.
const Module = require('module');
const path = require('path');

const rel = (value) => (typeof value === 'string' ? value.split(__dirname).join('.') : value);
const relAll = (list) => (Array.isArray(list) ? list.map(rel) : list);
const attempt = (label, fn) => {
  try {
    console.log(label, '->', rel(fn()));
  } catch (err) {
    console.log(label, '!!', err.code, rel(err.message.split('\n')[0]));
  }
};
process.on('warning', (w) => console.log('warning:', w.name, w.message));

console.log(Module._nodeModulePaths('/a/node_modules/b/foo_node_modules/c'));
console.log(Module._nodeModulePaths('/'), Module._nodeModulePaths('/node_modules'));
console.log(Module._resolveLookupPaths('./x'), Module._resolveLookupPaths('fs'), Module._resolveLookupPaths('node:fs'));
console.log(relAll(require.resolve.paths('./x')), require.resolve.paths('fs'), rel(require.resolve.paths('pkg')[0]));
console.log(['fs', 'node:fs', 'node:test', 'test', 'internal/errors', '', 'stream/consumers', 'node:nope'].map((id) => Module.isBuiltin(id)));
console.log(Module.builtinModules.includes('fs'), Module.builtinModules.includes('node:test'), Module.builtinModules.includes('test'),
  Module.builtinModules.includes('stream/consumers'), Module.builtinModules.some((id) => id.startsWith('internal/')));
console.log(Object.keys(require.extensions), typeof Module.wrap, Module.wrapper);
console.log(Module.wrap('body'));

const fromFile = Module.createRequire(path.join(__dirname, 'fixtures/resolve/index.js'));
attempt('createRequire(path)', () => fromFile.resolve('edge'));
attempt('createRequire(url)', () => Module.createRequire(`file://${__dirname}/fixtures/resolve/`)('./sub'));
attempt('createRequire(folder/)', () => Module.createRequire(`${__dirname}/fixtures/resolve/`).resolve('plain'));
attempt('createRequire(relative)', () => Module.createRequire('relative/path.js'));
attempt('createRequire(1)', () => Module.createRequire(1));

attempt('resolve with paths (bare)', () => require.resolve('plain', { paths: [path.join(__dirname, 'fixtures/resolve')] }));
attempt('resolve with paths (relative)', () => require.resolve('./sub', { paths: [path.join(__dirname, 'fixtures/resolve')] }));
attempt('resolve with bad paths', () => require.resolve('plain', { paths: 'nope' }));
attempt('resolve(1)', () => require.resolve(1));
attempt('resolve node:test', () => require.resolve('node:test'));
attempt('resolve node:nope', () => require.resolve('node:nope'));
attempt('require node:nope', () => require('node:nope'));
attempt('require("")', () => require(''));

const fake = {};
require.cache.fs = { exports: fake };
console.log('cache for builtin', require('fs') === fake, require('node:fs') === fake);
delete require.cache.fs;

require.extensions['.foo.bar'] = (module, filename) => { module.exports = `loaded ${path.basename(filename)}`; };
attempt('multi-dot extension', () => require('./fixtures/api/file'));
delete require.extensions['.foo.bar'];

const cycle = require('./fixtures/api/cycle_a');
console.log('cycle', cycle, Object.getPrototypeOf(cycle) === Object.prototype);

attempt('findPackageJSON(bare)', () => Module.findPackageJSON('edge', path.join(__dirname, 'fixtures/resolve/use.js')));
attempt('findPackageJSON(relative)', () => Module.findPackageJSON('./lib/self.js', path.join(__dirname, 'fixtures/resolve/use.js')));
attempt('findPackageJSON(url)', () => Module.findPackageJSON(`file://${__dirname}/fixtures/resolve/node_modules/edge/lib/main.js`));
attempt('findPackageJSON()', () => Module.findPackageJSON());

attempt('setSourceMapsSupport(1)', () => Module.setSourceMapsSupport(1));
attempt('setSourceMapsSupport(true, { nodeModules: 1 })', () => Module.setSourceMapsSupport(true, { nodeModules: 1 }));
Module.setSourceMapsSupport(true, { generatedCode: true });
console.log(Module.getSourceMapsSupport());
Module.setSourceMapsSupport(false);
console.log(typeof Module._load, typeof Module._resolveFilename, typeof Module._findPath, Module.Module === Module,
  require.main === module, module.id, module.loaded, module.children.length > 0);
console.log('getBuiltinModule', process.getBuiltinModule('node:fs') === require('fs'), process.getBuiltinModule('test'),
  process.getBuiltinModule('node:test') === require('node:test'), process.getBuiltinModule('nope'));
attempt('getBuiltinModule(1)', () => process.getBuiltinModule(1));
