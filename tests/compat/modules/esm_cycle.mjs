import { a, describeA } from './fixtures/esmcycle/a.mjs';
console.log(a, describeA());
try {
  await import('./fixtures/esmcycle/tdz_a.mjs');
} catch (e) {
  console.log('cycle reading an uninitialised binding:', e.name);
}
