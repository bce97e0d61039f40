function f(a?: number, { b }: { b: string } = {} as any, [c]?: number[]) {}
