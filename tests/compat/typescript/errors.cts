// What Node throws for TypeScript it will not strip: syntax that needs code
// generation (ERR_UNSUPPORTED_TYPESCRIPT_SYNTAX), syntax errors
// (ERR_INVALID_TYPESCRIPT_SYNTAX, shown here without the parser's own
// message) and .ts files under node_modules. The stack opens with the
// file's URL and line and a code frame.
const here = `file://${__dirname}`;
const cases = ['enum', 'namespace', 'parameter_property', 'import_equals', 'export_assignment',
  'angle_assertion', 'module_keyword', 'syntax', 'multiline'];
for (const name of cases) {
  try {
    require(`./fixtures/errors/${name}.ts`);
    console.log(name, 'loaded?');
  } catch (err) {
    const error = err as NodeJS.ErrnoException;
    const hints = error.stack!.slice(0, error.stack!.indexOf(`\n${error.name} [`));
    const message = error.code === 'ERR_INVALID_TYPESCRIPT_SYNTAX' ? '' : error.message;
    console.log(`${name}: ${error.name} ${error.code} ${message}`);
    console.log(hints.split(here).join('.'));
  }
}
try {
  require('./fixtures/node_modules/typed/index.ts');
} catch (err) {
  const error = err as NodeJS.ErrnoException;
  console.log(error.name, error.code, error.message.split(__dirname).join('.'));
}
