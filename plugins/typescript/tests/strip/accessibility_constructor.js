class A {        constructor() {} }
class B {         constructor(a         ) {} }
