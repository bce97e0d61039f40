@dec class D { @prop x         = 1; @m() meth(@p a        ) {} }
