let y = z satisfies any
`t`
