run(<T>(x: T) => x, async <U>(y: U) => y);
