let t: typeof x = x;
let k: keyof T;
