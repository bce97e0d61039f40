function* g() {
  yield <T>
    (v: T) => v;
}
