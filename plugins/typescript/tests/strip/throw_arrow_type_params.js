function f() {
  throw (  
     v   ) => v;
}
