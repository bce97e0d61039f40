export { type A, B };
export type { C } from './c';
export type * from './d';
