foo();
type A = 1
(foo)
