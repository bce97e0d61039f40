class X { constructor(private a: number) {} }
