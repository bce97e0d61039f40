         class A {
                     
                     
                           
                              
          constructor() { super() }
}
