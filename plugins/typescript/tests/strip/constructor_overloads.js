class A {
                         
  constructor(a     ) {}
}
