declare const s: unique symbol;
let w: Array<{ a: [x: number, y?: string] }>;
