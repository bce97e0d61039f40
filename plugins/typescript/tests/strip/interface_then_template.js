foo()
;             
`t`
