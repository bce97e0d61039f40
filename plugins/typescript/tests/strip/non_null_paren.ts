let y = z!
(foo)
