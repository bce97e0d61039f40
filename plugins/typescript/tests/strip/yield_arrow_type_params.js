function* g() {
  yield (  
     v   ) => v;
}
