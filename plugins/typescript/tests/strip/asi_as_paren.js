let y = z ;     
(foo)
