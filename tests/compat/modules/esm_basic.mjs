import hello, { value, counter, increment } from './fixtures/esm/lib.mjs';
import { basename } from 'node:path';
import path from 'path';
import EventEmitter, { once } from 'events';
console.log(hello('esm'), value, counter);
increment();
console.log('live binding', counter);
console.log(basename(import.meta.url), basename(import.meta.filename), path.basename(import.meta.dirname));
console.log(typeof EventEmitter, typeof once, typeof require, typeof module);
