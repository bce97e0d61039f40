let fn = function <T>(this: unknown, x: T) {}
