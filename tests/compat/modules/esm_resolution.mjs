// import of packages: "exports", "imports" ('#' specifiers), self-reference,
// their errors (with "imported from"), and JSON modules' import attributes.
import data from './fixtures/resolve/lib/data.json' with { type: 'json' };
import { run } from './fixtures/resolve/use.mjs';

console.log('static json import', data);
await run();
