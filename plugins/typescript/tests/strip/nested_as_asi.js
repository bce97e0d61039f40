x = y            ;        
(z)
