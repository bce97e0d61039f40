class A {
  constructor(a: number);
  constructor(a: any) {}
}
