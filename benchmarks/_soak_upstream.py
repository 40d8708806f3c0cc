"""The soak's upstream: an OpenAI-style chat API whose behaviour the request's ``x-soak``
header picks — benign answers, answers holding a blocked term or an ID number, and the
hostile ones (a compressed bomb, malformed JSON, deep nesting, a trickle)."""

from __future__ import annotations

import asyncio
import gzip
import json
from typing import Any

BENIGN = "这是一个用于压力测试的回答，内容无害。The quick brown fox jumps over the lazy dog. " * 6
TERM = "炸弹制作"
ID = "11010519491231002X"
BOMB = gzip.compress(b" " * (64 * 1024 * 1024), 9)  # 64 MB of spaces, ~64 KB on the wire


def completion(text: str) -> bytes:
    body = {
        "id": "chatcmpl-soak",
        "object": "chat.completion",
        "created": 1,
        "model": "soak",
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}
        ],
    }
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


def event(text: str | None, finish: str | None = None) -> bytes:
    delta = {} if text is None else {"content": text}
    body = {
        "id": "chatcmpl-soak",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "soak",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    return b"data: " + json.dumps(body, ensure_ascii=False).encode("utf-8") + b"\n\n"


def answer_text(kind: str) -> str:
    if kind == "term":
        return BENIGN[:60] + TERM + BENIGN[:60]
    if kind == "pii":
        return BENIGN[:60] + f"证件号{ID}。" + BENIGN[:60]
    return BENIGN


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] != "http":
        return
    while True:
        message = await receive()
        if not message.get("more_body"):
            break
    headers = dict(scope["headers"])
    kind = headers.get(b"x-soak", b"benign").decode()
    stream = headers.get(b"x-soak-stream") == b"1"

    async def start(content_type: bytes, extra: list[tuple[bytes, bytes]] | None = None) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", content_type), *(extra or [])],
            }
        )

    if kind == "answer_bomb":
        await start(b"application/json", [(b"content-encoding", b"gzip")])
        await send({"type": "http.response.body", "body": BOMB})
        return
    if kind == "malformed":
        await start(b"application/json")
        await send({"type": "http.response.body", "body": b'{"choices": [' + b"[" * 50_000})
        return
    if not stream:
        await start(b"application/json")
        await send({"type": "http.response.body", "body": completion(answer_text(kind))})
        return
    await start(b"text/event-stream")
    text = answer_text(kind)
    delay = 0.2 if kind == "trickle" else 0.002
    for i in range(0, len(text), 4):
        await send(
            {"type": "http.response.body", "body": event(text[i : i + 4]), "more_body": True}
        )
        await asyncio.sleep(delay)
    await send({"type": "http.response.body", "body": event(None, "stop") + b"data: [DONE]\n\n"})
