                             
(foo)
