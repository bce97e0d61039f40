let e = a as
any
