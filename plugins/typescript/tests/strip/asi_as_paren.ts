let y = z as any
(foo)
