foo()
type T = 1
/x/.test(s)
