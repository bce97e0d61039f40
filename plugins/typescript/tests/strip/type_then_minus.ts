foo()
type T = 1
-1
