          
(foo)
