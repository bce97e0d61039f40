let x = y ;      // comment
(z)
