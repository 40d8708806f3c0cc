"""Where a guarded JSON request's time goes, in process: the guard's own cost beside the bare
forwarding, with the benchmark's policy and with an empty one, and a cProfile of the guard.

    python benchmarks/json_profile.py [--requests 1000] [--top 25]

The proxy forwards to an upstream inside this process (httpx's MockTransport streaming the
benchmark's 2,048-byte answer), so no socket or other process is timed. Both proxies are
measured alternately five times and the best of each is kept; ``guard`` is guarded minus bare.
With the empty policy the guard still parses the request, decodes and walks the answer, decides,
audits and counts — its plumbing — so the two figures split the guard's cost into plumbing and
scans. The profile (``--top`` functions of aigc_guard by cumulative time, per request) names
where the plumbing goes.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import pstats
import tempfile
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
from _serve import COMPLETION
from proxy_throughput import BODY, PATH, minimal_policy

from aigc_guard.middleware import GuardMiddleware
from aigc_guard.proxy import ProxyApp
from aigc_guard.server import OpsApp

EMPTY_POLICY = "version: 1\nclassifiers: {}\nrules: []\n"


class _Answer(httpx.AsyncByteStream):
    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield COMPLETION

    async def aclose(self) -> None:
        return None


async def _upstream(request: httpx.Request) -> httpx.Response:
    await request.aread()
    headers = {"content-type": "application/json", "content-length": str(len(COMPLETION))}
    return httpx.Response(200, stream=_Answer(), headers=headers)


def _client() -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.MockTransport(_upstream))


def _proxy() -> ProxyApp:
    return ProxyApp("http://upstream.invalid", client_factory=_client)


async def _request(app: Any, body: bytes) -> int:
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": PATH,
        "raw_path": PATH.encode(),
        "root_path": "",
        "query_string": b"",
        "server": ("127.0.0.1", 8000),
        "client": ("127.0.0.1", 40000),
        "headers": [
            (b"host", b"127.0.0.1"),
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
        ],
    }
    sent: list[dict[str, Any]] = []
    delivered = False

    async def receive() -> dict[str, Any]:
        nonlocal delivered
        if not delivered:
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}
        await asyncio.Event().wait()  # the client never leaves
        raise AssertionError("unreachable")

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    await app(scope, receive, send)
    return int(sent[0]["status"])


async def _per_request_us(app: Any, body: bytes, requests: int) -> float:
    started = time.perf_counter()
    for _ in range(requests):
        await _request(app, body)
    return (time.perf_counter() - started) / requests * 1e6


async def _measure(policies: dict[str, str], requests: int, top: int) -> None:
    body = json.dumps(BODY).encode()
    apps: dict[str, Any] = {"bare": _proxy()}
    for name, path in policies.items():
        apps[name] = OpsApp(GuardMiddleware(_proxy(), path), "/metrics")
    for name, app in apps.items():
        status = await _request(app, body)
        assert status == 200, (name, status)
        await _per_request_us(app, body, 300)  # warm: caches, automata, the allocator
    best = {name: float("inf") for name in apps}
    for _ in range(5):
        for name, app in apps.items():
            best[name] = min(best[name], await _per_request_us(app, body, requests))
    print(f"{'in process, µs a request':28s} {'total':>8s} {'guard':>8s}")
    for name, value in best.items():
        guard = "" if name == "bare" else f"{value - best['bare']:8.1f}"
        print(f"{name:28s} {value:8.1f} {guard:>8s}")
    profiler = cProfile.Profile()
    profiler.enable()
    await _per_request_us(apps["benchmark policy"], body, requests)
    profiler.disable()
    stats = pstats.Stats(profiler)
    rows = [
        (where, row)
        for where, row in stats.stats.items()  # type: ignore[attr-defined]
        if "aigc_guard" in where[0]
    ]
    rows.sort(key=lambda kv: -kv[1][3])
    print(f"\naigc_guard under cProfile (benchmark policy), per request\n"
          f"{'own µs':>8s} {'cum µs':>8s} {'calls':>6s}  function")  # fmt: skip
    for (filename, line, name), (_, calls, own, cumulative, _) in rows[:top]:
        place = "/".join(filename.rsplit("/", 2)[-2:])
        print(
            f"{own / requests * 1e6:8.1f} {cumulative / requests * 1e6:8.1f} "
            f"{calls / requests:6.1f}  {place}:{line}({name})"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        empty = folder / "empty.yaml"
        empty.write_text(EMPTY_POLICY, encoding="utf-8")
        policies = {"empty policy": str(empty), "benchmark policy": str(minimal_policy(folder))}
        asyncio.run(_measure(policies, args.requests, args.top))


if __name__ == "__main__":
    main()
