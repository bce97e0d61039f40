function f() {
  throw <T>
    (v: T) => v;
}
