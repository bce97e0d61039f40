// An .mts entry is an ES module; it imports .mts, .cts and .ts files.
import square, { kind, type Kind, type Shape } from './fixtures/lib.mts';
import cts from './fixtures/lib.cts';
import greet from './fixtures/plain.ts';
import { detected } from './fixtures/esm_syntax.ts';
import type { Missing } from './fixtures/does-not-exist.ts';
import type * as Nothing from './fixtures/nothing.ts';
const k: Kind = kind;
const shape: Shape = { sides: 4 };
let missing: Missing | undefined;
console.log(square(shape.sides), k, cts.kind, cts.helpers.double(2), cts.inCommonJS, greet('ts'), detected, missing);
console.log(typeof require, import.meta.url.endsWith('/imports.mts'));
const lazy = await import('./fixtures/lib.mts');
console.log(lazy.default(3), Object.keys(lazy).sort());
