"""A light HTTP/1.1 stream client for load: raw asyncio sockets, no parsing beyond the
response's framing, so one Python process can drive more streams than the proxy it measures
(httpx spends more per chunk than the proxies do). Every mode counts the same thing: data
events with a ``"content"`` field that reached the client."""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

_CONTENT = b'"content":'


@dataclass
class Tally:
    streams: int = 0
    chunks: int = 0
    errors: int = 0
    first_token_s: list[float] = field(default_factory=list)


async def _read_head(reader: asyncio.StreamReader) -> dict[bytes, bytes]:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    if b" 200 " not in lines[0] + b" ":
        raise ConnectionError(lines[0].decode(errors="replace"))
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        headers[name.strip().lower()] = value.strip()
    return headers


async def _one(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, request: bytes, tally: Tally
) -> None:
    started = time.perf_counter()
    writer.write(request)
    headers = await _read_head(reader)
    first = True
    count = 0
    carry = b""
    if headers.get(b"transfer-encoding", b"").lower() == b"chunked":
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            if size == 0:
                await reader.readuntil(b"\r\n")
                break
            data = await reader.readexactly(size + 2)
            window = carry + data
            found = window.count(_CONTENT)
            if found and first:
                tally.first_token_s.append(time.perf_counter() - started)
                first = False
            count += found
            carry = data[-len(_CONTENT) :]
            count -= carry.count(_CONTENT)  # counted again with the next read
    else:
        data = await reader.readexactly(int(headers.get(b"content-length", b"0")))
        count = data.count(_CONTENT)
        if count:
            tally.first_token_s.append(time.perf_counter() - started)
    tally.chunks += count
    tally.streams += 1


async def drive(
    url: str,
    path: str,
    body: dict[str, object],
    headers: dict[str, str],
    concurrency: int,
    total: int,
) -> dict[str, float]:
    """``total`` requests over ``concurrency`` keep-alive connections; streams/s, chunks/s
    and the time to the first content chunk (p50, p99) at that concurrency."""
    from _harness import percentile

    parts = urlsplit(url)
    payload = json.dumps(body).encode()
    extra = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    request = (
        f"POST {path} HTTP/1.1\r\nhost: {parts.netloc}\r\ncontent-type: application/json\r\n"
        f"content-length: {len(payload)}\r\n{extra}\r\n"
    ).encode() + payload
    tally = Tally()
    todo = iter(range(total))

    async def worker() -> None:
        reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
        try:
            for _ in todo:
                try:
                    await _one(reader, writer, request, tally)
                except (ConnectionError, asyncio.IncompleteReadError, ValueError):
                    tally.errors += 1
                    writer.close()
                    reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
        finally:
            writer.close()

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    elapsed = time.perf_counter() - started
    return {
        "streams_per_s": round(tally.streams / elapsed, 1),
        "chunks_per_s": round(tally.chunks / elapsed),
        "chunks_per_stream": round(tally.chunks / max(tally.streams, 1), 1),
        "ttft_p50_ms": round(percentile(tally.first_token_s, 50) * 1e3, 2),
        "ttft_p99_ms": round(percentile(tally.first_token_s, 99) * 1e3, 2),
        "errors": tally.errors,
    }
