let a = f<number>(1);
let b = new Map<string, number>();
let c = f<number>;
