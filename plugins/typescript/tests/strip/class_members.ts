abstract class C<T> extends D<T> implements E, F<T> {
  private x: number = 1;
  protected y?: string;
  public z!: number;
  readonly w = 2;
  declare v: number;
  static s: number;
  override o = 1;
  abstract q: number;
  m<T>(this: C<T>, a?: T, ...rest: number[]): void {}
  n(): void;
  n(a?: number): void {}
  get g(): number { return 1 }
  set g(v: number) {}
  [key: string]: any;
  private [computed] = 1;
  public *gen() {}
  private in = 1;
}
