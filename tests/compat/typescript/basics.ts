// Type annotations, aliases, interfaces, generics, assertions and the
// other type-only syntax vanish; the code left runs as CommonJS (no ES
// module syntax remains), with the source's lines and columns.
interface Point { x: number; y?: number }
type Pair<T> = [T, T];
declare const injected: string;
declare function external(a: number): void;

function add(a: number, b: number = 2): number {
  return a + b;
}
function first<T>(items: readonly T[]): T | undefined {
  return items[0];
}
function overloaded(a: string): string;
function overloaded(a: number): number;
function overloaded(a: any): any {
  return a;
}
function withThis(this: { n: number }, add: number): number {
  return this.n + add;
}
const arrow = <T,>(value: T): T => value;
const asyncArrow = async <T>(value: T): Promise<T> => value;
const point: Point = { x: 1 } satisfies Point;
const pair = [1, 2] as Pair<number>;
const maybe: string | null = 'here';
let definite!: number;
definite = 5;
const map = new Map<string, number>([['a', 1]]);
const instantiated = first<number>;
const chars: Array<string> = ['a', 'b'];
function optional(a?: number, { b }: { b?: number } = {}, [c]: number[] = []) {
  return [a, b, c];
}
try {
  JSON.parse('{');
} catch (err: unknown) {
  console.log('caught', (err as Error).name);
}

console.log(add(1), add(1, 1), first(['x']), overloaded('o'), withThis.call({ n: 1 }, 2));
console.log(arrow('a'), point, pair, maybe!.length, definite, map.get('a')!, instantiated([9]), chars);
console.log(optional(), optional(1, { b: 2 }, [3]));
asyncArrow(7).then((v) => console.log('async', v));
console.log(typeof module, typeof require, typeof injected === 'undefined');
console.log(add.toString());
console.log(first.toString());
console.log(String(withThis));
