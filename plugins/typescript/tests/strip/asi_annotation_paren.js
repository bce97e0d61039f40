let x        
(foo)
