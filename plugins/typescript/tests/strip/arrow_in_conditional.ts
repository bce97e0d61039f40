const r = ok ? (a: number): number => a : (b?: string) => b;
