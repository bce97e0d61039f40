class A {
           #x         ;
  #y         ;
          static z = 1;
}
