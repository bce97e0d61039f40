#!/usr/bin/env python3
"""HTTP figures of bistro beside node (and bun and deno when present), one
run each, with ratios to node:
  - requests/s and p99 latency of the guide's hello server and of a
    20-field JSON answer (wrk -t1 -c64, keep-alive);
  - RSS of a server holding 10,000 idle keep-alive connections, and once
    they have closed;
  - peak RSS of a server streaming a 1 GiB upload to a file and the file
    back as a download.
Usage: bench/http.py [--only TEXT] [--seconds N]
Needs wrk (apt-get install wrk). BENCH_NODE picks the node binary."""

import os
import re
import resource
import socket
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402

PORT = 18080


def start(command, script, env=None):
    """Starts a server script and waits for its 'ready' line."""
    env = dict(os.environ, PORT=str(PORT), **(env or {}))
    proc = subprocess.Popen(command + [os.path.join(bench.HERE, "js", script)], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, env=env, preexec_fn=raise_fd_limit)
    line = proc.stdout.readline().decode().strip()
    if line != "ready":
        proc.kill()
        raise RuntimeError(f"{command[0]} {script} did not start")
    return proc


def stop(proc):
    proc.kill()
    proc.wait()


def raise_fd_limit():
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


def status_mb(pid, field):
    """VmRSS or VmHWM of a process, in MB."""
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024.0
    raise RuntimeError(f"no {field} for {pid}")


def wrk(command, script, seconds):
    """wrk's requests/s and p99 latency (ms) against a server script."""
    proc = start(command, script)
    try:
        url = f"http://127.0.0.1:{PORT}/"
        subprocess.run(["wrk", "-t1", "-c64", "-d1s", url], capture_output=True, check=True)  # warm up
        out = subprocess.run(["wrk", "-t1", "-c64", f"-d{seconds}s", "--latency", url],
                             capture_output=True, check=True).stdout.decode()
        if "Non-2xx" in out or "Socket errors" in out:
            raise RuntimeError(f"{command[0]} {script}: wrk saw errors:\n{out}")
        p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)", out)
        scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}[p99.group(2)]
        return float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)), float(p99.group(1)) * scale
    finally:
        stop(proc)


def idle_connections_rss(command, count=10_000):
    """RSS (MB) with `count` idle keep-alive connections open, and after
    they closed."""
    proc = start(command, "http-hello.js", {"KEEP_ALIVE_MS": "0"})
    clients = []
    try:
        raise_fd_limit()
        request = b"GET / HTTP/1.1\r\nHost: bench\r\n\r\n"
        for _ in range(count):
            client = socket.create_connection(("127.0.0.1", PORT))
            client.sendall(request)
            clients.append(client)
        for client in clients:
            data = b""
            # The hello server's answer is chunked (writeHead, then end).
            while not data.endswith(b"Hello World\r\n0\r\n\r\n"):
                chunk = client.recv(4096)
                if not chunk:
                    raise RuntimeError(f"{command[0]} closed a keep-alive connection")
                data += chunk
        time.sleep(0.5)
        holding = status_mb(proc.pid, "VmRSS")
        for client in clients:
            client.close()
        clients = []
        # The server gets a few seconds to see the closes and go quiet.
        time.sleep(3.0)
        return holding, status_mb(proc.pid, "VmRSS")
    finally:
        for client in clients:
            client.close()
        stop(proc)


def body_peak_rss(command, mebibytes=1024):
    """Peak RSS (MB) of the server over an upload and a download."""
    proc = start(command, "http-body.js", {"BENCH_DIR": bench.FIXTURES})
    try:
        block = b"y" * (1 << 20)
        with socket.create_connection(("127.0.0.1", PORT)) as up:
            up.sendall(f"POST /upload HTTP/1.1\r\nHost: bench\r\nContent-Length: {mebibytes << 20}\r\n\r\n".encode())
            for _ in range(mebibytes):
                up.sendall(block)
            reply = up.recv(4096).decode()
            if not reply.endswith(str(mebibytes << 20)):
                raise RuntimeError(f"{command[0]} upload: {reply!r}")
        with socket.create_connection(("127.0.0.1", PORT)) as down:
            down.sendall(b"GET /download HTTP/1.1\r\nHost: bench\r\nConnection: close\r\n\r\n")
            total = 0
            while True:
                chunk = down.recv(1 << 20)
                if not chunk:
                    break
                total += len(chunk)
            if total < mebibytes << 20:
                raise RuntimeError(f"{command[0]} download: {total} bytes")
        return status_mb(proc.pid, "VmHWM")
    finally:
        stop(proc)


def main():
    args = sys.argv[1:]
    only = args[args.index("--only") + 1] if "--only" in args else None
    seconds = int(args[args.index("--seconds") + 1]) if "--seconds" in args else 10
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=bench.ROOT, check=True)
    found = bench.runtimes()
    os.makedirs(bench.FIXTURES, exist_ok=True)
    cases = [
        ("hello", "req/s, p99 ms", lambda c: wrk(c, "http-hello.js", seconds)),
        ("20-field JSON", "req/s, p99 ms", lambda c: wrk(c, "http-json.js", seconds)),
        ("10k idle keep-alive", "RSS MB held, after", idle_connections_rss),
        ("1 GiB upload + download", "peak RSS MB", lambda c: (body_peak_rss(c),)),
    ]
    for title, unit, run in cases:
        if only and only not in title:
            continue
        print(f"{title} ({unit})")
        figures = {}
        for name, command in found:
            try:
                figures[name] = run(command)
            except (RuntimeError, OSError, subprocess.CalledProcessError) as err:
                print(f"  ({name}: {err})", file=sys.stderr)
        for name, values in figures.items():
            row = f"  {name:10}" + "".join(f"{v:>12.1f}" for v in values)
            if name != "node" and "node" in figures:
                row += "   " + " ".join(f"{v / n:.2f}x" for v, n in zip(values, figures["node"]))
            print(row)


if __name__ == "__main__":
    main()
