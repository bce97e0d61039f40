class A {
  declare x: number
  ["y"] = 1
}
