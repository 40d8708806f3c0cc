"""Requests/s and latency of the guarded proxy against the bare forwarding proxy.

    python benchmarks/proxy_throughput.py [--requests 3000] [--concurrency 32]

Both proxies are the same httpx forwarding (aigc_guard.proxy.ProxyApp); the guarded one runs
the minimal policy's classifiers (a 10,000-term lexicon and four PII entities) on every 2 KB
chat answer. Upstream, proxies and the load generator are separate processes on 127.0.0.1;
the runs alternate (bare, guarded, bare, guarded) and the best of each is kept.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import tempfile
import time
from pathlib import Path

import _wrk
import httpx
from _harness import percentile, server

BODY = {"model": "bench", "messages": [{"role": "user", "content": "你好，请介绍一下你自己。"}]}


async def load(url: str, requests: int, concurrency: int) -> dict[str, float]:
    latencies: list[float] = []
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=30) as client:
        for _ in range(50):  # warm-up
            await client.post("/v1/chat/completions", json=BODY)
        queue = iter(range(requests))

        async def worker() -> None:
            for _ in queue:
                started = time.perf_counter()
                response = await client.post("/v1/chat/completions", json=BODY)
                response.raise_for_status()
                latencies.append(time.perf_counter() - started)

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    return {
        "requests_per_s": round(requests / elapsed, 1),
        "p50_ms": round(percentile(latencies, 50) * 1000, 2),
        "p99_ms": round(percentile(latencies, 99) * 1000, 2),
    }


def minimal_policy(folder: Path) -> Path:
    rng = random.Random(3)
    han = [chr(c) for c in range(0x4E00, 0x9FA5)]
    terms = {"".join(rng.choice(han) for _ in range(rng.randint(2, 4))) for _ in range(10_500)}
    (folder / "terms.txt").write_text("\n".join(sorted(terms)[:10_000]) + "\n", encoding="utf-8")
    policy = folder / "policy.yaml"
    policy.write_text(
        "version: 1\nclassifiers:\n  banned: {type: lexicon, files: [terms.txt], category: A1-h}\n"
        "  pii: {type: pii, entities: [cn_resident_id, cn_mobile, bank_card, email]}\n"
        "rules:\n  - {when: {classifier: pii}, action: redact}\n  - {when: {category: A1-h}, action: block}\n",
        encoding="utf-8",
    )
    return policy


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--concurrency", type=int, default=32)
    args = parser.parse_args()
    results: dict[str, list[dict[str, float]]] = {"bare": [], "guarded": []}
    with tempfile.TemporaryDirectory() as tmp, server("upstream") as (upstream, _):
        policy = minimal_policy(Path(tmp))
        for _ in range(2):
            for kind in ("bare", "guarded"):
                extra = [upstream] + ([str(policy)] if kind == "guarded" else [])
                with server(kind, *extra) as (url, _):
                    if _wrk.available():
                        asyncio.run(load(url, 100, 4))  # warm-up
                        row = _wrk.run(url + "/v1/chat/completions", BODY, args.concurrency)
                    else:
                        row = asyncio.run(load(url, args.requests, args.concurrency))
                    results[kind].append(row)
    best = {k: max(v, key=lambda r: r["requests_per_s"]) for k, v in results.items()}
    report = {
        "answer_bytes": 2048,
        "load_generator": "wrk" if _wrk.available() else "httpx",
        "concurrency": args.concurrency,
        "bare": best["bare"],
        "guarded": best["guarded"],
        "guarded_over_bare_rps": round(
            best["guarded"]["requests_per_s"] / best["bare"]["requests_per_s"], 3
        ),
        "runs": results,
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
