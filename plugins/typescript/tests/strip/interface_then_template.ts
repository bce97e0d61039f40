foo()
interface I {}
`t`
