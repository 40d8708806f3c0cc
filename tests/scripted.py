"""A scripted upstream for attack tests: it answers exact bytes, in exact pieces, and
records what it received (path, headers, body) — what an attacker's or a broken upstream's
answer looks like on the wire, and what the guard really forwarded."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aigc_guard import GuardMiddleware
from aigc_guard.policy.loader import parse_policy

POLICY_TEXT = (Path(__file__).parent / "policies" / "test.yaml").read_text(encoding="utf-8")
# The test policy with personal data in requests redacted rather than flagged.
REDACTING_TEXT = POLICY_TEXT.replace(
    "direction: input\n    action: flag", "direction: input\n    action: redact"
)
CHAT = "/v1/chat/completions"


def policy(extra: str = ""):  # type: ignore[no-untyped-def]
    return parse_policy(POLICY_TEXT + extra, base_dir=Path("."))


@dataclass
class Scripted:
    """An ASGI app that sends ``pieces`` as the body (each its own message) with ``headers``."""

    pieces: Sequence[bytes] = (b"{}",)
    content_type: bytes | None = b"application/json"
    status: int = 200
    extra_headers: list[tuple[bytes, bytes]] = field(default_factory=list)
    received: list[dict[str, Any]] = field(default_factory=list)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        body = bytearray()
        while True:
            message = await receive()
            body.extend(message.get("body", b""))
            if not message.get("more_body"):
                break
        self.received.append(
            {
                "path": scope["path"],
                "raw_path": scope.get("raw_path"),
                "headers": dict(scope["headers"]),
                "body": bytes(body),
            }
        )
        headers = list(self.extra_headers)
        if self.content_type is not None:
            headers.append((b"content-type", self.content_type))
        await send({"type": "http.response.start", "status": self.status, "headers": headers})
        for piece in self.pieces:
            await send({"type": "http.response.body", "body": piece, "more_body": True})
        await send({"type": "http.response.body", "body": b"", "more_body": False})


def chat_request(content: str = "hi", stream: bool = False) -> bytes:
    body = {"model": "m", "stream": stream, "messages": [{"role": "user", "content": content}]}
    return json.dumps(body, ensure_ascii=False).encode("utf-8")


@dataclass
class Answer:
    """What a client received: status, headers (lower-case names) and the body's bytes."""

    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")

    def json(self) -> Any:
        return json.loads(self.body)


def call(
    app: Any,
    path: str = CHAT,
    body: bytes | None = None,
    *,
    method: str = "POST",
    headers: dict[str, str] | None = None,
    pieces: Sequence[bytes] | None = None,
    client_stays: bool = False,
) -> Answer:
    """One request straight into the ASGI app, its path byte for byte as given (a client
    library would normalise dot segments before the guard could see them). The client
    disconnects once the answer ends, or (``client_stays``) never."""
    if body is None and method == "POST":
        body = chat_request()
    chunks = list(pieces) if pieces is not None else [body or b""]
    sent_headers = {"content-type": "application/json", **(headers or {})}
    raw_path, _, query = path.partition("?")
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": raw_path,
        "raw_path": raw_path.encode("latin-1"),
        "query_string": query.encode("latin-1"),
        "root_path": "",
        "headers": [(k.lower().encode(), v.encode()) for k, v in sent_headers.items()],
        "client": ("127.0.0.1", 50000),
        "server": ("test", 80),
    }
    messages: list[dict[str, Any]] = []

    async def go() -> None:
        queue = [
            {"type": "http.request", "body": c, "more_body": i < len(chunks) - 1}
            for i, c in enumerate(chunks)
        ]
        done = asyncio.Event()

        async def receive() -> dict[str, Any]:
            if queue:
                return queue.pop(0)
            await (asyncio.Event() if client_stays else done).wait()
            return {"type": "http.disconnect"}

        async def send(message: dict[str, Any]) -> None:
            messages.append(message)
            if message["type"] == "http.response.body" and not message.get("more_body"):
                done.set()

        await app(scope, receive, send)
        done.set()

    asyncio.run(go())
    start = next(m for m in messages if m["type"] == "http.response.start")
    out = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.response.body")
    found = {k.decode().lower(): v.decode("latin-1") for k, v in start.get("headers", [])}
    return Answer(int(start["status"]), found, out)


def guarded(upstream: Scripted, extra: str = "") -> GuardMiddleware:
    return GuardMiddleware(upstream, policy(extra))


def event(data: dict[str, Any] | str) -> bytes:
    """One ``data:`` event (an object as JSON)."""
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    return b"data: " + text.encode("utf-8") + b"\n\n"


def sse(*events: dict[str, Any] | str) -> bytes:
    """``data:`` events (objects as JSON), then ``[DONE]``."""
    return b"".join(map(event, events)) + b"data: [DONE]\n\n"


def chunk(delta: dict[str, Any], finish: str | None = None, **extra: Any) -> dict[str, Any]:
    choice: dict[str, Any] = {"index": 0, "delta": delta, "finish_reason": finish, **extra}
    return {
        "id": "c",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "m",
        "choices": [choice],
    }


def answer(message: dict[str, Any], **choice_extra: Any) -> bytes:
    body = {
        "id": "c1",
        "object": "chat.completion",
        "created": 1,
        "model": "m",
        "choices": [{"index": 0, "message": message, "finish_reason": "stop", **choice_extra}],
    }
    return json.dumps(body, ensure_ascii=False).encode("utf-8")
