"""Requests/s and latency of the guarded proxy against the bare forwarding proxy.

    python benchmarks/proxy_throughput.py [--requests 3000] [--concurrency 32] [--runs 3]

Both proxies are the same httpx forwarding (aigc_guard.proxy.ProxyApp); the guarded one runs
the minimal policy's classifiers (a 10,000-term lexicon and four PII entities) on every
chat request and its 2 KB (2,048-byte) answer. Upstream, proxies and the load generator
(``_rawclient``: raw sockets, lighter than either proxy) are separate processes on
127.0.0.1. Each run alternates bare, guarded, bare, guarded and keeps the best of each; the
ratio is printed for every run (the target is met only if it holds in each).

Beside requests/s each load reports the proxy process's CPU milliseconds a request
(``/proc``): on a shared machine requests/s moves with the neighbours' load, CPU time much
less, so ``guard_cpu_ms`` (guarded minus bare) is the steadier measure of the guard's cost.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import tempfile
from pathlib import Path

import _rawclient
from _harness import cpu_seconds, minor_faults, server
from _serve import ANSWER as COMPLETION_TEXT

BODY = {"model": "bench", "messages": [{"role": "user", "content": "你好，请介绍一下你自己。"}]}
PATH = "/v1/chat/completions"


def load(url: str, requests: int, concurrency: int, pid: int | None = None) -> dict[str, float]:
    before = cpu_seconds(pid) if pid is not None else 0.0
    faults = minor_faults(pid) if pid is not None else 0
    measured = asyncio.run(_rawclient.drive(url, PATH, BODY, {}, concurrency, requests))
    cpu_ms = (cpu_seconds(pid) - before) * 1000 / requests if pid is not None else float("nan")
    faulted = (minor_faults(pid) - faults) / requests if pid is not None else float("nan")
    return {
        "requests_per_s": measured["streams_per_s"],
        "cpu_ms_per_request": round(cpu_ms, 3),
        "page_faults_per_request": round(faulted, 2),
        "p50_ms": measured["ttft_p50_ms"],  # a whole answer: its first byte is all of it
        "p99_ms": measured["ttft_p99_ms"],
        "errors": measured["errors"],
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
        "rules:\n  - {when: {classifier: pii}, action: redact}\n"
        "  - {when: {category: A1-h}, action: block}\n",
        encoding="utf-8",
    )
    return policy


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--alternations", type=int, default=3, help="bare/guarded pairs a run")
    parser.add_argument(
        "--warmup", type=int, default=2000, help="requests each proxy serves before the runs"
    )
    args = parser.parse_args()
    runs = []
    with tempfile.TemporaryDirectory() as tmp, server("upstream") as (upstream, _):
        policy = minimal_policy(Path(tmp))
        with (
            server("bare", upstream) as (bare, bare_pid),
            server("guarded", upstream, str(policy)) as (guarded, guarded_pid),
        ):
            proxies = (("bare", bare, bare_pid), ("guarded", guarded, guarded_pid))
            for url in (bare, guarded):
                # Both to steady state at the measured concurrency: a process that is still
                # growing its heap page-faults on every request (see page_faults_per_request).
                load(url, args.warmup, args.concurrency)
            for _ in range(args.runs):
                rows: dict[str, list[dict[str, float]]] = {"bare": [], "guarded": []}
                for _ in range(args.alternations):
                    for kind, url, pid in proxies:
                        rows[kind].append(load(url, args.requests, args.concurrency, pid))
                best = {k: max(v, key=lambda r: r["requests_per_s"]) for k, v in rows.items()}
                cpu = {k: min(r["cpu_ms_per_request"] for r in v) for k, v in rows.items()}
                runs.append(
                    {
                        "bare": best["bare"],
                        "guarded": best["guarded"],
                        "guarded_over_bare_rps": round(
                            best["guarded"]["requests_per_s"] / best["bare"]["requests_per_s"], 3
                        ),
                        "guard_cpu_ms_per_request": round(cpu["guarded"] - cpu["bare"], 3),
                        "bare_over_guarded_cpu": round(cpu["bare"] / cpu["guarded"], 3),
                    }
                )
    report = {
        "answer_bytes": len(COMPLETION_TEXT.encode()),
        "load_generator": "raw sockets (_rawclient)",
        "concurrency": args.concurrency,
        "runs": runs,
        "ratios": [run["guarded_over_bare_rps"] for run in runs],
        "cpu_ratios": [run["bare_over_guarded_cpu"] for run in runs],
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
