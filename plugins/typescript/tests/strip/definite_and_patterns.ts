let a!: number;
let [b, c]: [number, string] = [1, ''];
let { d }: { d: number } = { d: 1 };
