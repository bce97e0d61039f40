// Only type imports and exports: nothing of ES module syntax is left, so
// this runs as CommonJS.
import type { Stats } from 'node:fs';
export type { Stats };
export interface Local { a: number }
const local: Local = { a: 1 };
console.log(typeof module, typeof require, local);
