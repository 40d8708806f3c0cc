"""Shared benchmark plumbing: server processes on 127.0.0.1, bounded load, percentiles."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
REPO = HERE.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def server(*args: str) -> Iterator[tuple[str, int]]:
    """Start ``_serve.py KIND PORT …``; yield (base URL, pid); stop it afterwards."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, str(HERE / "_serve.py"), args[0], str(port), *args[1:]], cwd=REPO
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            httpx.get(url + "/healthz", timeout=1)
            break
        except httpx.HTTPError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                raise RuntimeError(f"{args[0]} server did not start") from None
            time.sleep(0.1)
    try:
        yield url, process.pid
    finally:
        process.terminate()
        process.wait(timeout=10)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, int(q / 100 * len(ordered)))]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def minor_faults(pid: int) -> int:
    """Minor page faults of a process so far (``/proc/PID/stat``): a heap still growing."""
    return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[7])


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds a process has used so far (``/proc/PID/stat``): unlike
    requests/s, not inflated by time the machine gave to its neighbours."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
