let o = { m(this: any, a: number): void {} };
