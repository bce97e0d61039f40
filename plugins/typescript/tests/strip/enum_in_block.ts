function f() {
  enum E { A }
}
