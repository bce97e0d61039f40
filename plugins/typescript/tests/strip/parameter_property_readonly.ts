class X { constructor(readonly a: number) {} }
