for (const x of y as any[]) {}
