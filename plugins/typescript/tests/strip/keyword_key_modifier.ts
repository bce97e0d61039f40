class A {
  private in = 1
  public instanceof() {}
  private ["c"]() {}
}
