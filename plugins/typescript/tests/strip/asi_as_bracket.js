let y = z ;     
[1].forEach(f)
