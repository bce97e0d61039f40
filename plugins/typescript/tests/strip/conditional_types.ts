type X<T> = T extends string ? "s" : T extends number ? "n" : never;
let v: X<1> = "n";
