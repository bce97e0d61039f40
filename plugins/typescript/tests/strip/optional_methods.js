class A {             n () {} }
