#!/usr/bin/env python3
"""Plugin and build-size figures: a native op call, a wasm op round trip,
start-up with a cached wasm component, and the minimal embedded build
beside the full one. Usage: bench/plugins.py (builds what it needs)."""

import os
import statistics
import subprocess
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BISTRO = os.path.join(ROOT, "target", "release", "bistro")
MINIMAL_DIR = os.path.join(HERE, ".minimal")


def output(argv, **kw):
    return subprocess.run(argv, check=True, capture_output=True, text=True, **kw).stdout.strip()


def wall_ms(argv, runs=30, env=None):
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, env=env)
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main():
    subprocess.run(["cargo", "build", "--release", "--quiet", "--workspace"], cwd=ROOT, check=True)
    native = os.path.join(ROOT, "target", "release", "libnative_hello.so")
    wasm_example = os.path.join(ROOT, "examples", "plugins", "wasm-hello")
    env = dict(os.environ, BISTRO_CACHE_DIR=os.path.join(HERE, ".cache"))

    ns = float(output([BISTRO, "--plugin", native, os.path.join(HERE, "js", "native-calls.js")]))
    print(f"native op call (sync)            {ns / 1000:8.3f} us   (target < 1 us)")
    us = float(output([BISTRO, "--config", os.path.join(wasm_example, "bistro.toml"),
                       os.path.join(HERE, "js", "wasm-calls.js")], env=env))
    print(f"wasm op round trip (median)      {us:8.1f} us   (target < 20 us)")

    hello = os.path.join(HERE, "js", "hello.js")
    plain = wall_ms([BISTRO, hello])
    subprocess.run([BISTRO, os.path.join(wasm_example, "main.js")], check=True, env=env, stdout=subprocess.DEVNULL)
    cached = wall_ms([BISTRO, os.path.join(wasm_example, "main.js")], env=env)
    print(f"start-up, hello world            {plain:8.1f} ms")
    print(f"start-up, cached wasm plugin     {cached:8.1f} ms   ({cached / plain:.2f}x; target < 2x)")

    subprocess.run(["cargo", "build", "--release", "--quiet", "--no-default-features", "--features", "js,timers",
                    "--bin", "bistro", "--target-dir", MINIMAL_DIR], cwd=ROOT, check=True)
    minimal = os.path.join(MINIMAL_DIR, "release", "bistro")
    print(f"binary size, full build          {os.path.getsize(BISTRO) / 2**20:8.1f} MiB")
    print(f"binary size, minimal (js,timers) {os.path.getsize(minimal) / 2**20:8.1f} MiB")
    print(f"start-up, full build             {plain:8.1f} ms")
    print(f"start-up, minimal build          {wall_ms([minimal, hello]):8.1f} ms")


if __name__ == "__main__":
    main()
