"""What the stream guard costs, measured in one run against the unguarded proxy.

    python benchmarks/stream_overhead.py [--streams 1000]

1. Added latency per chunk (p50, p99): the time the guard's ``send`` takes for each SSE
   chunk of an app inside this process (default policy: lexicon + every PII entity), and
   the hold-back after each chunk (characters received but not yet released); the same for
   each API's stream format (Anthropic, Gemini, Ollama NDJSON) beside OpenAI chat's.
2. Time to first token, and chunks/s at 1, 64 and 256 concurrent streams, through the
   guarded and the bare proxy (separate processes on 127.0.0.1, 200 chunks a stream).
3. Resident memory of the guarded proxy before and after ``--streams`` streams.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from collections import Counter

import _wrk
import httpx
from _harness import REPO, percentile, rss_mb, server
from _serve import ANSWER, chunk

from aigc_guard import GuardMiddleware
from aigc_guard.policy.loader import load_policy

DEFAULT_POLICY = REPO / "benchmarks" / "span_policy.yaml"  # the default's span classifiers
CHUNKS = 200  # content chunks per stream (max_tokens 600, 3 characters a chunk)
REQUEST = {
    "model": "bench",
    "stream": True,
    "max_tokens": 600,
    "messages": [{"role": "user", "content": "讲个故事"}],
}


def in_process(chunks: int = 2000) -> dict[str, object]:
    policy = load_policy(DEFAULT_POLICY)
    text = (ANSWER + "联系我：13812345678，邮箱 someone@example.com。") * 4
    pieces = [text[i : i + 3] for i in range(0, min(len(text), chunks * 3), 3)]
    frames = [chunk(piece) for piece in pieces] + [b"data: [DONE]\n\n"]
    path, request, media = FORMATS["openai-chat"]
    durations, delivered = _guarded_stream(policy, path, request, media, frames)
    events = [
        json.loads(line[6:])
        for line in delivered.decode().split("\n\n")
        if line.startswith("data: {")
    ]
    released = "".join(
        e["choices"][0]["delta"].get("content", "") for e in events if e.get("choices")
    )
    assert "13812345678" not in released, "the benchmark stream must come out redacted"
    holdback = _holdback_distribution(policy, pieces)
    return {
        "chunks": len(pieces),
        "added_latency_per_chunk_us": {
            "p50": round(percentile(durations, 50) * 1e6, 1),
            "p99": round(percentile(durations, 99) * 1e6, 1),
        },
        "holdback_chars": holdback,
    }


def _guarded_stream(
    policy: object, path: str, request: dict[str, object], media: bytes, frames: list[bytes]
) -> tuple[list[float], bytes]:
    """Stream ``frames`` from an app inside this process through the guard: the time each
    frame's ``send`` took, and the bytes the client received."""
    durations: list[float] = []
    delivered = bytearray()

    async def app(scope, receive, send):  # type: ignore[no-untyped-def]
        await receive()
        headers = [(b"content-type", media)]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        for frame in frames:
            started = time.perf_counter()
            await send({"type": "http.response.body", "body": frame, "more_body": True})
            durations.append(time.perf_counter() - started)
        await send({"type": "http.response.body", "body": b""})

    async def collect(message):  # type: ignore[no-untyped-def]
        delivered.extend(message.get("body", b""))

    body = json.dumps(request).encode()

    async def receive():  # type: ignore[no-untyped-def]
        return {"type": "http.request", "body": body, "more_body": False}

    scope = {
        "type": "http",
        "method": "POST",
        "path": path,
        "headers": [],
        "query_string": b"alt=sse",
    }
    asyncio.run(GuardMiddleware(app, policy)(scope, receive, collect))  # type: ignore[arg-type]
    return durations, bytes(delivered)


def _frame(name: str, piece: str | None) -> bytes:
    """One frame of format ``name`` carrying ``piece`` (``None``: the frame that ends it)."""
    if name == "openai-chat":
        return chunk(piece, None if piece is not None else "stop")
    if name == "anthropic":
        event: dict[str, object] = (
            {
                "type": "content_block_delta",
                "index": 0,
                "delta": {"type": "text_delta", "text": piece},
            }
            if piece is not None
            else {"type": "message_delta", "delta": {"stop_reason": "end_turn"}, "usage": {}}
        )
        return f"event: {event['type']}\ndata: {json.dumps(event, ensure_ascii=False)}\n\n".encode()
    if name == "gemini":
        candidate: dict[str, object] = {
            "content": {"role": "model", "parts": [{"text": piece or ""}]}
        }
        if piece is None:
            candidate["finishReason"] = "STOP"
        return (
            b"data: "
            + json.dumps({"candidates": [candidate]}, ensure_ascii=False).encode()
            + b"\n\n"
        )
    line = {
        "model": "bench",
        "message": {"role": "assistant", "content": piece or ""},
        "done": piece is None,
    }
    return json.dumps(line, ensure_ascii=False).encode() + b"\n"


FORMATS = {  # name → (path, request, media type)
    "openai-chat": ("/v1/chat/completions", REQUEST, b"text/event-stream"),
    "anthropic": ("/v1/messages", REQUEST, b"text/event-stream"),
    "gemini": (
        "/v1beta/models/bench:streamGenerateContent",
        {"contents": [{"role": "user", "parts": [{"text": "讲个故事"}]}]},
        b"text/event-stream",
    ),
    "ollama": ("/api/chat", REQUEST, b"application/x-ndjson"),
}


def per_format(chunks: int = 2000, rounds: int = 3) -> dict[str, object]:
    """The guard's added time per chunk for each API's stream (same text, same policy),
    best p50 of ``rounds`` alternating runs, beside OpenAI chat's from the same run."""
    policy = load_policy(DEFAULT_POLICY)
    text = (ANSWER + "联系我：13812345678，邮箱 someone@example.com。") * 4
    pieces = [text[i : i + 3] for i in range(0, min(len(text), chunks * 3), 3)]

    def run(name: str) -> tuple[float, float]:
        path, request, media = FORMATS[name]
        frames = [_frame(name, p) for p in pieces] + [_frame(name, None)]
        durations, delivered = _guarded_stream(policy, path, request, media, frames)
        assert b"13812345678" not in delivered, f"{name}: the stream must come out redacted"
        return percentile(durations, 50) * 1e6, percentile(durations, 99) * 1e6

    best: dict[str, tuple[float, float]] = {}
    for _ in range(rounds):
        for name in FORMATS:
            p50, p99 = run(name)
            if name not in best or p50 < best[name][0]:
                best[name] = (p50, p99)
    chat = best["openai-chat"][0]
    return {
        name: {
            "p50_us": round(p50, 1),
            "p99_us": round(p99, 1),
            "p50_vs_openai_chat": round(p50 / chat, 2),
        }
        for name, (p50, p99) in best.items()
    }


def _holdback_distribution(policy, pieces: list[str]) -> dict[str, object]:  # type: ignore[no-untyped-def]
    from aigc_guard.stream import StreamGuard

    async def go() -> list[int]:
        guard = StreamGuard(policy)
        sizes = []
        for piece in pieces:
            await guard.feed((0, "content", 0), piece)
            sizes.append(guard.held_back())
        return sizes

    sizes = asyncio.run(go())
    counts = Counter(sizes)
    return {
        "p50": percentile(sizes, 50),
        "p99": percentile(sizes, 99),
        "max": max(sizes),
        "histogram": {str(k): counts[k] for k in sorted(counts)},
    }


async def streams(url: str, concurrency: int, total: int) -> dict[str, float]:
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    first_tokens: list[float] = []
    errors: list[int] = []
    chunk_count = 0
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=60) as client:
        todo = iter(range(total))

        async def worker() -> None:
            nonlocal chunk_count
            for _ in todo:
                started = time.perf_counter()
                first = True
                try:
                    async with client.stream(
                        "POST", "/v1/chat/completions", json=REQUEST
                    ) as response:
                        async for line in response.aiter_lines():
                            if line.startswith("data: {") and '"content"' in line:
                                if first:
                                    first_tokens.append(time.perf_counter() - started)
                                    first = False
                                chunk_count += 1
                except httpx.TransportError:
                    errors.append(1)

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    return {
        "chunks_per_s": round(chunk_count / elapsed),
        "ttft_p50_ms": round(percentile(first_tokens, 50) * 1e3, 2),
        "transport_errors": len(errors),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--streams", type=int, default=1000)
    args = parser.parse_args()
    report: dict[str, object] = {"in_process": in_process(), "per_format": per_format()}
    live: dict[str, dict[str, object]] = {}
    with server("upstream") as (upstream, _):
        for kind in ("bare", "guarded"):
            extra = [upstream] + ([str(DEFAULT_POLICY)] if kind == "guarded" else [])
            with server(kind, *extra) as (url, pid):
                row: dict[str, object] = {}
                asyncio.run(streams(url, 4, 20))  # warm-up
                row["rss_mb_before"] = round(rss_mb(pid), 1)
                for concurrency in (1, 64, 256):
                    measured = asyncio.run(streams(url, min(concurrency, 4), 20))
                    if _wrk.available():
                        loaded = _wrk.run(url + "/v1/chat/completions", REQUEST, concurrency)
                        measured["chunks_per_s"] = round(loaded["requests_per_s"] * CHUNKS)
                    else:
                        measured = asyncio.run(streams(url, concurrency, max(concurrency * 2, 20)))
                    row[f"concurrency_{concurrency}"] = measured
                asyncio.run(streams(url, 64, args.streams))
                time.sleep(1)
                row["rss_mb_after_streams"] = round(rss_mb(pid), 1)
                live[kind] = row
    report["live"] = live
    ratios = {}
    for concurrency in (1, 64, 256):
        key = f"concurrency_{concurrency}"
        guarded = live["guarded"][key]["chunks_per_s"]  # type: ignore[index]
        bare = live["bare"][key]["chunks_per_s"]  # type: ignore[index]
        ratios[key] = round(guarded / bare, 3)
    report["guarded_over_bare_chunks_per_s"] = ratios
    report["ttft_overhead_ms"] = round(
        live["guarded"]["concurrency_1"]["ttft_p50_ms"]
        - live["bare"]["concurrency_1"]["ttft_p50_ms"],
        2,
    )  # type: ignore[index]
    report["streams_for_memory"] = args.streams
    report["load_generator"] = "wrk" if _wrk.available() else "httpx"
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
