import { type A, B, type C } from './a';
