let x: number
(foo)
