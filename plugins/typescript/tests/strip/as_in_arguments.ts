f(a as any, b satisfies number, c!)
