// Stripping keeps every line where it was, so stack traces point at the
// TypeScript source's lines.
interface Options {
  depth: number;
}
type Thrower = (options: Options) => never;

const thrower: Thrower = (
  options: Options,
): never => {
  throw new Error(`depth ${options.depth}`);
};

function call<T extends Options>(
  options: T,
  fn: Thrower,
): void {
  fn(options);
}

try {
  call<Options>({ depth: 1 }, thrower);
} catch (err) {
  const lines = [...(err as Error).stack!.matchAll(/stack_lines\.ts:(\d+):/g)].map((m) => Number(m[1]));
  console.log((err as Error).message, lines);
}
