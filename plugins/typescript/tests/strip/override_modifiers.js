class A extends B {
           m()       {}
                           p = 1;
  ;         async *gen() {}
}
