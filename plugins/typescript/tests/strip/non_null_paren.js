let y = z 
(foo)
