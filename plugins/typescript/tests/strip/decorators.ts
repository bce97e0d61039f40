@dec class D { @prop x: number = 1; @m() meth(@p a: string) {} }
