#!/usr/bin/env python3
"""TypeScript figures beside node: start-up of a TypeScript hello world
against the JavaScript one (median wall time), and the cost of stripping
a large generated .mts file: the CPU time (user + system) of running it
less that of the same program written as .mjs, per MiB of TypeScript.
Usage: NODE=path/to/node26 bench/typescript.py [--runs N]"""

import os
import resource
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FIXTURES = "/tmp/bistro-bench"

# One block of the large program, with its types between « and »: the .ts
# file keeps them, the .js file drops them. Each copy gets its own names.
BLOCK = """
«interface Shape@ { kind: string; area(): number; sides?: number }»
«type Pair@<T> = [T, T];»
export class Rect@«<T extends number>» «implements Shape@» {
  kind«: string» = 'rect';
  «private readonly »w«: T»;
  «private readonly »h«: T»;
  constructor(w«: T», h«: T») { this.w = w; this.h = h; }
  area()«: number» { return (this.w« as number») * (this.h« as number»); }
}
export function scale@«<T extends Shape@>»(shape«: T», by«: number» = 2)«: Pair@<number>» {
  const area«: number» = shape.area()«!»;
  const parts«: Array<number>» = [area, area * by];
  return parts« as Pair@<number>»;
}
export const table@«: Record<string, (n: number) => number>» = {
  double: (n«: number»)«: number» => n * 2,
  square: (n«: number»)«: number» => n * n,
};
"""


def variant(typed, copies):
    """The program with (typed) or without its types."""
    pieces = BLOCK.split("«")
    untyped = pieces[0] + "".join(piece.split("»", 1)[1] for piece in pieces[1:])
    block = BLOCK.replace("«", "").replace("»", "") if typed else untyped
    return "".join(block.replace("@", str(n)) for n in range(copies)) + "console.log('done');\n"


def large_program(mebibytes):
    """A .ts file of about `mebibytes` MiB and the same program as .mjs."""
    os.makedirs(FIXTURES, exist_ok=True)
    ts = os.path.join(FIXTURES, f"large-{mebibytes}m.mts")
    js = os.path.join(FIXTURES, f"large-{mebibytes}m.mjs")
    if not os.path.exists(ts):
        copies = mebibytes * 2**20 // len(variant(True, 1))
        with open(ts, "w") as f:
            f.write(variant(True, copies))
        with open(js, "w") as f:
            f.write(variant(False, copies))
    return ts, js, os.path.getsize(ts) / 2**20


def run_ms(argv, runs, cpu=False):
    """The median wall time of `runs` runs in ms, or their CPU time."""
    samples = []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        result = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        used = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
        samples.append((used if cpu else wall) * 1000)
        if result.returncode != 0:
            raise RuntimeError(f"{' '.join(argv)} failed: {result.stderr.decode()}")
    return statistics.median(samples)


def main():
    args = sys.argv[1:]
    runs = int(args[args.index("--runs") + 1]) if "--runs" in args else 50
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    found = [("bistro", os.path.join(ROOT, "target", "release", "bistro"))]
    node = os.environ.get("NODE") or shutil.which("node")
    strips = node and subprocess.run([node, "-p", "process.features.typescript"], capture_output=True, text=True)
    if strips and strips.stdout.strip() == "strip":
        found.append(("node", node))
    else:
        print(f"(no node that strips types: set NODE to Node 22.18+; {node or 'none'} does not)", file=sys.stderr)
    hello_js, hello_ts = os.path.join(HERE, "js", "hello.js"), os.path.join(HERE, "js", "hello.ts")
    ts, js, size = large_program(4)
    print(f"{'case':34}" + "".join(f"{name:>12}" for name, _ in found) + f"{'bistro/node':>14}")
    rows = []
    for name, exe in found:
        js_ms = run_ms([exe, hello_js], runs)
        ts_ms = run_ms([exe, hello_ts], runs)
        large_js = run_ms([exe, js], max(5, runs // 4), cpu=True)
        large_ts = run_ms([exe, ts], max(5, runs // 4), cpu=True)
        rows.append((js_ms, ts_ms, ts_ms / js_ms, (large_ts - large_js) / size))
    titles = [("start-up: hello.js", "ms"), ("start-up: hello.ts", "ms"), ("hello.ts / hello.js", "x"),
              (f"strip CPU per MiB ({size:.1f} MiB .mts)", "ms")]
    for i, (title, unit) in enumerate(titles):
        figures = [row[i] for row in rows]
        line = f"{title:34}" + "".join(f"{f:>9.2f} {unit:2}" for f in figures)
        if len(figures) == 2:
            line += f"{figures[0] / figures[1]:>13.2f}x"
        print(line)


if __name__ == "__main__":
    main()
