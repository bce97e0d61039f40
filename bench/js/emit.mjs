// EventEmitter: 1M emits with 3 listeners. (An ES module, so that deno
// runs it too.)
import { EventEmitter } from 'node:events';

const e = new EventEmitter();
let n = 0;
e.on('tick', () => n++);
e.on('tick', () => n++);
e.on('tick', () => n++);
for (let i = 0; i < 1_000_000; i++) e.emit('tick', i);
if (n !== 3_000_000) throw new Error(`only ${n} calls`);
