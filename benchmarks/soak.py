"""Soak: mixed traffic through a guard process, bounded in time, all on 127.0.0.1.

    python benchmarks/soak.py [--minutes 10] [--concurrency 16]

Two phases against one guard process: *calm* (benign traffic only) for a fifth of the time,
then *mixed* (10% hostile: compressed bombs in requests and answers, multi-megabyte prompts,
deep nesting, malformed answers, clients that disconnect mid-stream, upstreams that trickle).
Benign traffic: whole and streamed answers, some holding a blocked term or an ID number.

Prints requests served, outcomes by kind, benign p50/p99 latency in each phase (and their
ratio), the guard's RSS at start, peak and end, 500s, and characters of a blocked term or ID
number delivered to a client. Targets: benign p99 within 2x of calm, no 500s, RSS back
within 10% of its start, nothing delivered.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import random
import threading
import time
from collections import Counter
from dataclasses import dataclass, field

import httpx
from _harness import REPO, percentile, rss_mb, server
from _soak_upstream import ID, TERM

BENIGN_KINDS = ["json", "stream", "json_term", "stream_term", "json_pii", "stream_pii"]
HOSTILE_KINDS = [
    "request_bomb",
    "huge_prompt",
    "deep_request",
    "answer_bomb",
    "malformed_answer",
    "disconnect",
    "trickle",
]
REQUEST_BOMB = gzip.compress(b" " * (64 * 1024 * 1024), 9)
HUGE_PROMPT = "一段很长但无害的文字。" * 90_000  # ~3 MB of UTF-8, under the 4 MiB limit


@dataclass
class Phase:
    name: str
    latencies: list[float] = field(default_factory=list)
    outcomes: Counter[str] = field(default_factory=Counter)
    leaked_chars: int = 0
    leaked_sample: str = ""


def chat_body(prompt: str, stream: bool) -> bytes:
    return json.dumps(
        {"model": "soak", "stream": stream, "messages": [{"role": "user", "content": prompt}]},
        ensure_ascii=False,
    ).encode("utf-8")


def leaked(text: str) -> int:
    """Characters of the blocked term (any two in a row) or of the ID number's hidden
    middle (the mask keeps its first six and last four) that reached the client."""
    count = 0
    for size in range(len(TERM), 1, -1):
        if any(TERM[i : i + size] in text for i in range(len(TERM) - size + 1)):
            count += size
            break
    hidden = ID[6:-4]
    if hidden in text:
        count += len(hidden)
    return count


async def one(client: httpx.AsyncClient, url: str, kind: str, phase: Phase) -> None:
    stream = kind.startswith("stream") or kind in ("disconnect", "trickle")
    headers = {"content-type": "application/json", "x-soak-stream": "1" if stream else "0"}
    body = chat_body("你好", stream)
    if kind.endswith("_term"):
        headers["x-soak"] = "term"
    elif kind.endswith("_pii"):
        headers["x-soak"] = "pii"
    elif kind == "answer_bomb":
        headers["x-soak"] = "answer_bomb"
    elif kind == "malformed_answer":
        headers["x-soak"] = "malformed"
    elif kind == "trickle":
        headers["x-soak"] = "trickle"
    elif kind == "request_bomb":
        headers["content-encoding"] = "gzip"
        body = REQUEST_BOMB
    elif kind == "huge_prompt":
        body = chat_body(HUGE_PROMPT, False)
    elif kind == "deep_request":
        body = b'{"model": "m", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    started = time.perf_counter()
    try:
        async with client.stream(
            "POST", url + "/v1/chat/completions", content=body, headers=headers
        ) as response:
            if kind == "disconnect":
                async for _ in response.aiter_bytes():
                    break  # go away mid-stream
                phase.outcomes[f"{kind}:{response.status_code}"] += 1
                return
            text = (await response.aread()).decode("utf-8", "replace")
        status = response.status_code
    except httpx.HTTPError as exc:
        phase.outcomes[f"{kind}:{type(exc).__name__}"] += 1
        return
    elapsed = time.perf_counter() - started
    phase.outcomes[f"{kind}:{status}"] += 1
    found = leaked(text)
    if found and not phase.leaked_sample:
        phase.leaked_sample = f"{kind}: {text[:600]}"
    phase.leaked_chars += found
    if kind in BENIGN_KINDS:
        phase.latencies.append(elapsed)


async def drive(url: str, phase: Phase, seconds: float, concurrency: int, hostile: float) -> None:
    deadline = time.monotonic() + seconds
    rng = random.Random(7)
    limits = httpx.Limits(max_connections=concurrency * 2)
    timeout = httpx.Timeout(60.0, connect=5.0)
    async with httpx.AsyncClient(limits=limits, timeout=timeout) as client:

        async def worker() -> None:
            while time.monotonic() < deadline:
                pool = HOSTILE_KINDS if rng.random() < hostile else BENIGN_KINDS
                await one(client, url, rng.choice(pool), phase)

        await asyncio.gather(*(worker() for _ in range(concurrency)))


def sample_rss(pid: int, peak: list[float], stop: threading.Event) -> None:
    while not stop.wait(0.25):
        peak[0] = max(peak[0], rss_mb(pid))


def report(phase: Phase) -> None:
    served = sum(phase.outcomes.values())
    p50 = percentile(phase.latencies, 50) * 1000
    p99 = percentile(phase.latencies, 99) * 1000
    print(f"\n{phase.name}: {served} requests, benign p50 {p50:.1f} ms, p99 {p99:.1f} ms")
    if phase.leaked_sample:
        print(f"  first leak: {phase.leaked_sample}")
    for outcome, count in sorted(phase.outcomes.items()):
        print(f"  {outcome:32s} {count}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--concurrency", type=int, default=16)
    args = parser.parse_args()
    total = args.minutes * 60
    policy = str(REPO / "policies" / "default.yaml")
    with (
        server("soak-upstream") as (upstream, _),
        server("guarded", upstream, policy, "5") as (guard, pid),
    ):
        calm, mixed = Phase("calm"), Phase("mixed (10% hostile)")
        asyncio.run(drive(guard, Phase("warm-up"), 5, args.concurrency, 0.0))
        start_rss = rss_mb(pid)
        peak = [start_rss]
        stop = threading.Event()
        sampler = threading.Thread(target=sample_rss, args=(pid, peak, stop), daemon=True)
        sampler.start()
        asyncio.run(drive(guard, calm, total * 0.2, args.concurrency, 0.0))
        asyncio.run(drive(guard, mixed, total * 0.8, args.concurrency, 0.10))
        time.sleep(5)  # let the process settle (queues drain, buffers are freed)
        stop.set()
        sampler.join()
        end_rss = rss_mb(pid)
    report(calm)
    report(mixed)
    ratio = percentile(mixed.latencies, 99) / percentile(calm.latencies, 99)
    server_errors = sum(n for k, n in mixed.outcomes.items() if k.endswith(":500"))
    server_errors += sum(n for k, n in calm.outcomes.items() if k.endswith(":500"))
    print(f"\nbenign p99, mixed / calm: {ratio:.2f} (target <= 2)")
    print(f"500 responses: {server_errors} (target 0)")
    print(
        f"guard RSS: start {start_rss:.0f} MB, peak {peak[0]:.0f} MB, end {end_rss:.0f} MB "
        f"({(end_rss / start_rss - 1) * 100:+.1f}% of start; target within 10%)"
    )
    print(f"characters of a blocked term or ID delivered: {calm.leaked_chars + mixed.leaked_chars}")


if __name__ == "__main__":
    main()
