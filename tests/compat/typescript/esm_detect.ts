// A .ts file whose package.json has no "type" is told by its syntax once
// stripped: this one keeps an import and an export, so it is an ES module.
import { join } from 'node:path';
import type { Stats } from 'node:fs';
export type Size = number;
export const size: Size = 3;
let stats: Stats | undefined;
console.log(typeof require, typeof module, import.meta.url.endsWith('/esm_detect.ts'), join('a', 'b'), stats);
