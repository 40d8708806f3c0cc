"""The guard's own cost around a model server: a fake server that answers in 20 ms, called
directly and through the ``guard_model`` / ``remote`` classifiers, at several concurrencies.

    python benchmarks/guard_model_overhead.py [--rounds 3]

Over HTTP (concurrency 1 and 32) it prints the p50 of a direct call to the server beside the
same call through the ``guard_model`` classifier. Then, with the server replaced by a 20 ms
stub in process (so neither side pays for HTTP, and 2 cores are not spent on a Python fake
server), the guard's own work at 1, 32 and 256 concurrent calls: ``guard_model`` (no cache),
with the verdict cache warm, a ``remote`` classifier whose texts are batched, and a streamed
answer of three sentences (strict mode). "added" is p50 minus the server's own time.
Target: at most 1 ms added.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import time
from pathlib import Path
from typing import Any

import httpx
from _harness import percentile, server

from aigc_guard.classifiers.base import CONVERSATION, Conversation
from aigc_guard.engine import scan_texts
from aigc_guard.policy.loader import parse_policy
from aigc_guard.policy.schema import Direction
from aigc_guard.stream import StreamGuard

SERVER_SECONDS = 0.020


async def fake_server(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] != "http":
        return
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    await asyncio.sleep(SERVER_SECONDS)
    request = json.loads(body or b"{}")
    if scope["path"] == "/predict":
        answer: Any = [[{"label": "toxic", "score": 0.01}] for _ in request.get("inputs", [])]
    else:
        answer = {"choices": [{"index": 0, "message": {"role": "assistant", "content": "safe"}}]}
    payload = json.dumps(answer).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"application/json")],
        }
    )
    await send({"type": "http.response.body", "body": payload})


def policy(url: str, kind: str, cache: int):  # type: ignore[no-untyped-def]
    if kind == "guard_model":
        options = (
            f"type: guard_model, family: llama_guard_3, endpoint: '{url}/v1', model: m, "
            f"cache_size: {cache}, concurrency: 512, timeout_ms: 20000"
        )
    else:
        options = (
            f"type: remote, protocol: tei, endpoint: '{url}', labels: {{toxic: A2-i}}, "
            f"cache_size: {cache}, concurrency: 512, timeout_ms: 20000, max_wait_ms: 2"
        )
    text = (
        f"version: 1\nclassifiers:\n  model: {{{options}}}\nrules:\n"
        "  - {when: {classifier: model}, action: block}\nstream: {mode: strict}\n"
    )
    return parse_policy(text, base_dir=Path("."))


async def timed(job: Any) -> float:
    started = time.perf_counter()
    await job
    return time.perf_counter() - started


async def run_concurrently(make: Any, concurrency: int, total: int) -> list[float]:
    latencies: list[float] = []
    queue = iter(range(total))

    async def worker() -> None:
        for index in queue:
            latencies.append(await timed(make(index)))

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return latencies


async def stubbed(policy_: Any) -> Any:
    """The classifier with its model server replaced by a 20 ms sleep: what remains of the
    latency beyond 20 ms is the guard's own work (classifier, engine, batcher, cache)."""
    from aigc_guard.classifiers.endpoint import EndpointClient

    async def post(self: EndpointClient, path: str, payload: Any, budget: float) -> Any:
        await asyncio.sleep(SERVER_SECONDS)
        if path == "/predict":
            return [[{"label": "toxic", "score": 0.01}] for _ in payload["inputs"]]
        return {"choices": [{"index": 0, "message": {"role": "assistant", "content": "safe"}}]}

    EndpointClient.post = post  # type: ignore[method-assign]
    return policy_


async def guard_paths(url: str, concurrency: int) -> dict[str, float]:
    total = max(64, concurrency * 4)
    CONVERSATION.set(Conversation(prompt="hi"))
    fresh = policy(url, "guard_model", 0)
    stub = await run_concurrently(lambda i: asyncio.sleep(SERVER_SECONDS), concurrency, total)
    results: dict[str, float] = {"the stub alone": percentile(stub, 50)}
    for name, chosen, unique in (
        ("guard_model", fresh, True),
        ("guard_model cached", policy(url, "guard_model", 10_000), False),
        ("remote tei batched", policy(url, "remote", 0), True),
    ):
        texts = (lambda i: f"text {i} {time.perf_counter_ns()}") if unique else (lambda i: "same")
        await run_concurrently(
            lambda i, p=chosen, t=texts: scan_texts(p, [t(i)], Direction.INPUT),
            concurrency,
            concurrency,
        )
        samples = await run_concurrently(
            lambda i, p=chosen, t=texts: scan_texts(p, [t(i)], Direction.INPUT),
            concurrency,
            total,
        )
        results[name] = percentile(samples, 50)

    async def stream(i: int) -> None:
        guard = StreamGuard(fresh, Direction.OUTPUT)
        for sentence in (f"第一句{i}。", f"第二句{i}。", f"第三句{i}。"):
            await guard.feed((0, "content", 0), sentence)
        await guard.finish_all()

    results["stream (3 sentences)"] = percentile(
        await run_concurrently(stream, concurrency, total), 50
    )
    return results


async def over_http(url: str, concurrency: int) -> dict[str, float]:
    total = max(64, concurrency * 4)
    limits = httpx.Limits(max_connections=512, max_keepalive_connections=512)
    body = {"model": "m", "messages": [{"role": "user", "content": "hi"}], "max_tokens": 24}
    async with httpx.AsyncClient(limits=limits, timeout=30) as client:

        def direct(i: int) -> Any:
            return client.post(url + "/v1/chat/completions", json=body)

        await run_concurrently(direct, concurrency, concurrency)
        direct_p50 = percentile(await run_concurrently(direct, concurrency, total), 50)
    CONVERSATION.set(Conversation(prompt="hi"))
    chosen = policy(url, "guard_model", 0)
    await run_concurrently(
        lambda i: scan_texts(chosen, [f"w{i}"], Direction.INPUT), concurrency, concurrency
    )
    samples = await run_concurrently(
        lambda i: scan_texts(chosen, [f"t{i} {time.perf_counter_ns()}"], Direction.INPUT),
        concurrency,
        total,
    )
    return {"direct over HTTP": direct_p50, "guard_model over HTTP": percentile(samples, 50)}


def main() -> None:
    # 256 concurrent callers, three classifiers' pools and the server's side: more sockets
    # than the usual soft limit of 1,024 open files.
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, min(hard, 65536)), hard))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="best of N rounds")
    args = parser.parse_args()
    with server("fake-model") as (url, _):
        report(url, args.rounds)


def report(url: str, rounds: int) -> None:
    print(f"model server: {SERVER_SECONDS * 1000:.0f} ms an answer; p50 in ms, best of {rounds}")
    print(f"\n{'concurrency':>11} {'path':>24} {'p50':>8} {'added':>8}")
    for concurrency in (1, 32):
        best: dict[str, float] = {}
        for _ in range(rounds):
            for name, value in asyncio.run(over_http(url, concurrency)).items():
                best[name] = min(best.get(name, value), value)
        base = best["direct over HTTP"]
        for name, value in best.items():
            added = "" if name.startswith("direct") else f"{(value - base) * 1000:+8.2f}"
            print(f"{concurrency:>11} {name:>24} {value * 1000:8.2f} {added:>8}")
    print("\nthe guard's own work, the server a 20 ms stub in process (no HTTP on either side):")
    print(f"{'concurrency':>11} {'path':>24} {'p50':>8} {'added':>8}")
    asyncio.run(stubbed(None))
    for concurrency in (1, 32, 256):
        best = {}
        for _ in range(rounds):
            for name, value in asyncio.run(guard_paths(url, concurrency)).items():
                best[name] = min(best.get(name, value), value)
        stub = best["the stub alone"]  # the server's own time, timer granularity included
        for name, value in best.items():
            own = stub * (3 if name.startswith("stream") else 1)
            own = 0.0 if "cached" in name else own
            added = "" if name == "the stub alone" else f"{(value - own) * 1000:+8.2f}"
            print(f"{concurrency:>11} {name:>24} {value * 1000:8.2f} {added:>8}")


if __name__ == "__main__":
    main()
