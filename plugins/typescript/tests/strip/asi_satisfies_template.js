let y = z ;            
`t`
