function f(this: Window, a: number): string;
function f(a: any) { return a }
