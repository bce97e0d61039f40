f   
(x)
