// The same errors through import(): a .ts whose format its syntax must
// tell is named by path, an .mts by URL.
const dir = import.meta.dirname;
for (const file of ['./fixtures/errors/enum.ts', './fixtures/errors/enum.mts', './fixtures/node_modules/typed/index.ts']) {
  try {
    await import(file);
  } catch (err) {
    const error = err as NodeJS.ErrnoException;
    const hints = error.stack!.slice(0, Math.max(0, error.stack!.indexOf(`\n${error.name} [`)));
    console.log(error.name, error.code, error.message.split(`file://${dir}`).join('.'));
    console.log(hints.split(`file://${dir}`).join('.').split(dir).join('.'));
  }
}
