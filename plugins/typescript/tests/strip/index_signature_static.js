class A {
                             
                      
}
