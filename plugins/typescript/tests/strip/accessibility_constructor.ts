class A { public constructor() {} }
class B { private constructor(a?: number) {} }
