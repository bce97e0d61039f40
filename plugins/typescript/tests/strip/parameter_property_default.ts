class C { constructor(public x = 1, readonly y?: number) {} }
