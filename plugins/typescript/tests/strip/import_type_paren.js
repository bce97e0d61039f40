                            
(foo)
