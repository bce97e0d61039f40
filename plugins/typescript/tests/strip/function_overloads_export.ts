export function f(a: number): number;
export function f(a: any) { return a }
export default function g(): void;
