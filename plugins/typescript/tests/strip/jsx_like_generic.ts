const id = <T,>(x: T) => x;
const id2 = <T extends unknown>(x: T) => x;
