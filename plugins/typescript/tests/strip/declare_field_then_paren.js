class A {
                   
  ["y"] = 1
}
