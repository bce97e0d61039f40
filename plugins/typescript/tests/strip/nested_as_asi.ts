x = y as unknown as string
(z)
