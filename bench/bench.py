#!/usr/bin/env python3
"""Runs bistro beside node (and bun and deno when present) and prints each
figure with its ratio to node.
Usage: bench/bench.py [--install] [--runs N] [--only TEXT]

--install fetches bun and deno from npm into bench/.tools first.
BENCH_NODE=/path/to/node picks the node to compare with (default: the
one on PATH).
BISTRO_BASELINE=/path/to/bistro adds that build as a "baseline" column
(an A/B of a change: build the commit before it into another target
folder and point this at its binary)."""

import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TOOLS = os.path.join(HERE, ".tools")

# (name, script, runs, what is measured[, size in MiB of the input file
# the script reads from $BENCH_INPUT])
CASES = [
    ("startup: empty script", "empty.js", 30, "wall"),
    ("startup: hello world", "hello.js", 30, "wall"),
    ("peak RSS: hello world", "hello.js", 5, "rss"),
    ("1M setImmediate hops", "immediate.js", 3, "wall"),
    ("1M awaited promises", "promise.js", 3, "wall"),
    ("1M process.nextTick", "nexttick.js", 3, "wall"),
    ("100k setTimeout(0)", "timeout.js", 3, "wall"),
    ("1M emit, 3 listeners", "emit.mjs", 3, "wall"),
    ("100k console.log(20 fields)", "console-log.js", 1, "wall"),
    ("stream copy 256 MiB", "stream-copy.js", 3, "wall", 256),
    ("readFile+writeFile 64MiB x4", "readfile-writefile.js", 3, "wall", 64),
    ("readFile+writeFile 256MiB x4", "readfile-writefile.js", 3, "wall", 256),
    ("peak RSS: readFile+writeFile 256MiB", "readfile-writefile.js", 1, "rss", 256),
    ("sync op over 16 MiB x500", "sync-bytes.js", 3, "wall"),
    ("5x200 readFile of 1 MiB", "readfile-concurrent.js", 3, "wall", 1),
    ("Buffer ops on 16 MiB x5", "buffer-ops.js", 3, "wall"),
    ("peak RSS: 1 GiB stream copy", "stream-copy.js", 1, "rss", 1024),
]
FIXTURES = "/tmp/bistro-bench"


def fixture(mebibytes):
    """A file of `mebibytes` MiB of varied bytes, made once."""
    path = os.path.join(FIXTURES, f"input-{mebibytes}m.bin")
    if not os.path.exists(path):
        os.makedirs(FIXTURES, exist_ok=True)
        block = bytes(range(256)) * 4096
        with open(path, "wb") as out:
            for _ in range(mebibytes):
                out.write(block)
    return path


def find_tool(name):
    for base, _dirs, files in os.walk(TOOLS):
        if name in files and os.access(os.path.join(base, name), os.X_OK):
            return os.path.join(base, name)
    return shutil.which(name)


def install_tools():
    os.makedirs(TOOLS, exist_ok=True)
    subprocess.run(["npm", "install", "--silent", "--prefix", TOOLS,
                    "@oven/bun-linux-x64", "@deno/linux-x64-glibc"], check=False)


def runtimes():
    found = [("bistro", [os.path.join(ROOT, "target", "release", "bistro")])]
    if os.environ.get("BISTRO_BASELINE"):
        found.append(("baseline", [os.environ["BISTRO_BASELINE"]]))
    node = os.environ.get("BENCH_NODE") or shutil.which("node")
    if node:
        found.append(("node", [node]))
    bun = find_tool("bun")
    if bun:
        found.append(("bun", [bun, "run"]))
    deno = find_tool("deno")
    if deno:
        found.append(("deno", [deno, "run", "-A", "--quiet"]))
    return found


def measure(command, script, kind, env=None):
    """Wall time in ms, or peak RSS in MB, of one run."""
    path = os.path.join(HERE, "js", script)
    if kind == "rss":
        return peak_rss_mb(command + [path], env)
    start = time.perf_counter()
    result = subprocess.run(command + [path], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"{command[0]} {script} failed: {result.stderr.decode()}")
    return elapsed * 1000.0


def peak_rss_mb(argv, env=None):
    """Peak RSS through GNU time: a child forked from Python would report
    Python's own peak (ru_maxrss survives exec), while /usr/bin/time is a
    small parent whose figure is the program's."""
    if not os.path.exists("/usr/bin/time"):
        raise RuntimeError("peak RSS needs GNU time (apt-get install time)")
    result = subprocess.run(["/usr/bin/time", "-f", "%M"] + argv, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env=env)
    if result.returncode != 0:
        raise RuntimeError(f"{argv[0]} failed: {result.stderr.decode()}")
    return int(result.stderr.decode().strip().splitlines()[-1]) / 1024.0


def main():
    args = sys.argv[1:]
    if "--install" in args:
        install_tools()
    runs_override = int(args[args.index("--runs") + 1]) if "--runs" in args else None
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    found = runtimes()
    names = [name for name, _ in found]
    print(f"{'case':28}" + "".join(f"{n:>12}" for n in names) + f"{'bistro/node':>14}")
    only = args[args.index("--only") + 1] if "--only" in args else None
    for title, script, runs, kind, *size in CASES:
        if only and only not in title:
            continue
        runs = runs_override or runs
        env = dict(os.environ, BENCH_INPUT=fixture(size[0])) if size else None
        figures = {}
        for name, command in found:
            try:
                samples = [measure(command, script, kind, env) for _ in range(runs)]
                figures[name] = statistics.median(samples)
            except RuntimeError as err:
                print(f"  ({err})", file=sys.stderr)
        unit = "MB" if kind == "rss" else "ms"
        row = f"{title:28}" + "".join(
            f"{figures[n]:>9.1f} {unit}" if n in figures else f"{'-':>12}" for n in names)
        if "bistro" in figures and "node" in figures:
            row += f"{figures['bistro'] / figures['node']:>13.2f}x"
        if "bistro" in figures and "baseline" in figures:
            row += f"   {figures['bistro'] / figures['baseline']:.3f}x baseline"
        print(row)


if __name__ == "__main__":
    main()
