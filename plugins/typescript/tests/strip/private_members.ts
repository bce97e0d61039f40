class A {
  readonly #x?: number;
  #y!: string;
  private static z = 1;
}
