let x = y as any // comment
(z)
