class A extends B {
  override m(): void {}
  public override readonly p = 1;
  protected async *gen() {}
}
