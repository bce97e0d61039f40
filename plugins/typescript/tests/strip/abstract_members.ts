abstract class A {
  abstract x: number;
  abstract m(): void;
  abstract get g(): number;
  abstract accessor y: string;
  private constructor() { super() }
}
