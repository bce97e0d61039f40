f(a       , b                 , c )
