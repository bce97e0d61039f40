class A {
  ;       in = 1
  ;      instanceof() {}
  ;       ["c"]() {}
}
