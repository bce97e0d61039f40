x = y                     ;
(z)
