         class A {                     }
