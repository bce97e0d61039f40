class A {
  static [k: string]: number;
  [k: number]: string;
}
