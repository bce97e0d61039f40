let y = z as any
[1].forEach(f)
