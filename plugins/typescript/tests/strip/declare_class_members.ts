declare class A {
  x: number;
  m(): void;
}
let ok = 1
