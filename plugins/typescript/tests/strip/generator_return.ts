function* h(): Generator<number> { yield 1 }
