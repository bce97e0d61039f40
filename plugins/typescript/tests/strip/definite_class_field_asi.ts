class A {
  a!: number
  [b] = 1
}
