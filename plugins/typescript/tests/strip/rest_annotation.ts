function f(...args: number[]): void {}
const g = (...xs: string[]) => xs;
