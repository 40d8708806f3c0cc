"""A scriptable OpenAI-compatible upstream for tests.

The answer and the behaviour come in request headers (the proxy forwards them):
``x-fake-answer`` (JSON string, or JSON list for n > 1 choices), ``x-fake-mode``
(comma-separated: ``gzip``, ``malformed``, ``status=503``, ``chunk=N`` characters per chunk,
``break=N`` drop the connection after N chunks, ``truncate=N`` end cleanly after N chunks
without [DONE], ``delay=MS`` between chunks, ``usage``, ``tool``, ``completions``,
``logprobs`` token log-probabilities with each text, ``cookie=V`` a ``set-cookie: session=V``).
Every stream records how many chunks it generated in ``STATE``.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import threading
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from aigc_guard.demo import response_events, response_object
from aigc_guard.formats.openai_responses import event_bytes


@dataclass
class StreamRecord:
    generated: int = 0
    total: int = 0
    closed_early: bool = False


@dataclass
class FakeState:
    streams: dict[str, StreamRecord] = field(default_factory=dict)
    requests: list[dict[str, Any]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


STATE = FakeState()
UPSTREAM_AIGC = {
    "AIGC": {
        "Label": "1",
        "ContentProducer": "UPSTREAM-PRODUCER",
        "ProduceID": "up-42",
        "ReservedCode1": "",
        "ContentPropagator": "",
        "PropagateID": "",
        "ReservedCode2": "",
    }
}


def _modes(request: Request) -> dict[str, str]:
    modes: dict[str, str] = {}
    for part in request.headers.get("x-fake-mode", "").split(","):
        if part.strip():
            key, _, value = part.strip().partition("=")
            modes[key] = value
    return modes


def _answers(request: Request) -> list[str]:
    raw = request.headers.get("x-fake-answer")
    if raw is None:
        return ["Hello from the fake upstream."]
    value = json.loads(raw)
    return value if isinstance(value, list) else [value]


async def chat(request: Request) -> Response:
    body = await request.json()
    with STATE.lock:
        STATE.requests.append(
            {"path": request.url.path, "body": body, "headers": dict(request.headers)}
        )
    modes = _modes(request)
    if "status" in modes:
        return JSONResponse(
            {"error": {"message": "upstream trouble", "type": "server_error"}},
            status_code=int(modes["status"]),
        )
    answers = _answers(request)
    if "repeat" in modes:  # a large answer without a large header
        answers = [a * int(modes["repeat"]) for a in answers]
    completions = request.url.path.endswith("/v1/completions")
    ident = {
        "id": "chatcmpl-fake123",
        "created": 1700000000,
        "model": str(body.get("model", "fake")),
    }
    if body.get("stream"):
        key = request.headers.get("x-fake-id", "default")
        return StreamingResponse(
            _stream(ident, answers, modes, key, completions), media_type="text/event-stream"
        )
    if "malformed" in modes:
        return Response(b'{"id": "x", "choices": [', media_type="application/json")
    if completions:
        payload: dict[str, Any] = {
            **ident,
            "object": "text_completion",
            "choices": [
                {"index": i, "text": a, "logprobs": None, "finish_reason": "stop"}
                for i, a in enumerate(answers)
            ],
        }
    else:
        choices = []
        for i, answer in enumerate(answers):
            message: dict[str, Any] = {"role": "assistant", "content": answer}
            if "tool" in modes:
                message = {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [
                        {
                            "id": "call_1",
                            "type": "function",
                            "function": {
                                "name": "lookup",
                                "arguments": json.dumps({"q": answer}, ensure_ascii=False),
                            },
                        }
                    ],
                }
            choices.append(
                {
                    "index": i,
                    "message": message,
                    "logprobs": _logprobs(answer) if "logprobs" in modes else None,
                    "finish_reason": "stop",
                }
            )
        payload = {
            **ident,
            "object": "chat.completion",
            "choices": choices,
            "usage": {"prompt_tokens": 3, "completion_tokens": 5, "total_tokens": 8},
        }
        if "aigc" in modes:
            payload["aigc"] = UPSTREAM_AIGC
    data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    if "gzip" in modes:
        return Response(
            gzip.compress(data), media_type="application/json", headers={"content-encoding": "gzip"}
        )
    if "cookie" in modes:
        cookie = {"set-cookie": f"session={modes['cookie']}; Path=/"}
        return Response(data, media_type="application/json", headers=cookie)
    return Response(data, media_type="application/json")


def _logprobs(text: str) -> dict[str, Any]:
    """Chat-style log-probabilities: one token per character, each with an alternative."""
    return {
        "content": [
            {
                "token": c,
                "logprob": -0.1,
                "bytes": list(c.encode()),
                "top_logprobs": [{"token": c, "logprob": -0.1, "bytes": list(c.encode())}],
            }
            for c in text
        ]
    }


def _pieces(text: str, size: int) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)] or [""]


async def _stream(
    ident: dict[str, Any], answers: list[str], modes: dict[str, str], key: str, completions: bool
) -> AsyncIterator[bytes]:
    size = int(modes.get("chunk", "1"))
    delay = float(modes.get("delay", "0")) / 1000
    record = StreamRecord()
    with STATE.lock:
        STATE.streams[key] = record
    obj = "text_completion" if completions else "chat.completion.chunk"

    if "aigc" in modes:  # an upstream that labels its own output (GB 45438)
        ident = {**ident, "aigc": UPSTREAM_AIGC}

    def event(choices: list[dict[str, Any]], **extra: Any) -> bytes:
        return (
            b"data: "
            + json.dumps(
                {**ident, "object": obj, "choices": choices, **extra}, ensure_ascii=False
            ).encode("utf-8")
            + b"\n\n"
        )

    def text_choice(index: int, text: str | None, finish: str | None) -> dict[str, Any]:
        if completions:
            return {"index": index, "text": text or "", "logprobs": None, "finish_reason": finish}
        delta: dict[str, Any] = {} if text is None else {"content": text}
        if "tool" in modes and text is not None:
            delta = {"tool_calls": [{"index": 0, "function": {"arguments": text}}]}
        logprobs = _logprobs(text) if "logprobs" in modes and text else None
        return {"index": index, "delta": delta, "logprobs": logprobs, "finish_reason": finish}

    plan: list[bytes] = []
    if not completions:
        plan.append(
            event(
                [
                    {
                        "index": i,
                        "delta": {"role": "assistant", "content": ""},
                        "logprobs": None,
                        "finish_reason": None,
                    }
                    for i in range(len(answers))
                ]
            )
        )
    split = [_pieces(a, size) for a in answers]
    for step in range(max(len(s) for s in split)):
        for index, pieces in enumerate(split):
            if step < len(pieces):
                plan.append(event([text_choice(index, pieces[step], None)]))
    for index in range(len(answers)):
        plan.append(event([text_choice(index, None, "stop")]))
    if "usage" in modes:
        plan.append(
            event([], usage={"prompt_tokens": 3, "completion_tokens": 7, "total_tokens": 10})
        )
    plan.append(b"data: [DONE]\n\n")
    record.total = len(plan)
    stop_after = int(modes.get("break", modes.get("truncate", "0")) or 0)
    try:
        for number, chunk in enumerate(plan, start=1):
            if delay:
                await asyncio.sleep(delay)
            record.generated = number
            yield chunk
            if stop_after and number >= stop_after:
                if "break" in modes:
                    raise ConnectionAbortedError("fake upstream breaks the stream")
                return
    finally:
        record.closed_early = record.generated < record.total


async def responses(request: Request) -> Response:
    """The Responses API: one message made of ``x-fake-answer``; ``chunk=N`` characters per
    delta; ``whole`` sends no deltas (the text only in the done events); ``nodone`` leaves out
    the text's and the part's done events."""
    body = await request.json()
    with STATE.lock:
        STATE.requests.append(
            {"path": request.url.path, "body": body, "headers": dict(request.headers)}
        )
    modes = _modes(request)
    answer = _answers(request)[0]
    model = str(body.get("model", "fake"))
    if not body.get("stream"):
        return JSONResponse(response_object(answer, model))
    pieces = [] if "whole" in modes else _pieces(answer, int(modes.get("chunk", "1")))
    events = response_events(pieces, model)
    if "whole" in modes:  # the text only in the done events (one item object, shared)
        for event in events:
            if event["type"] == "response.output_text.done":
                event["text"] = answer
            elif event["type"] == "response.output_item.done":
                event["item"]["content"][0]["text"] = answer

    if "nodone" in modes:  # no text.done / part.done: the item's done event ends the text
        skipped = ("response.output_text.done", "response.content_part.done")
        events = [e for e in events if e["type"] not in skipped]

    async def stream() -> AsyncIterator[bytes]:
        for event in events:
            yield event_bytes(event)

    return StreamingResponse(stream(), media_type="text/event-stream")


def _completion(answer: str, ident: str) -> dict[str, Any]:
    return {
        "id": ident,
        "object": "chat.completion",
        "created": 1700000000,
        "model": "fake",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": answer},
                "logprobs": None,
                "finish_reason": "stop",
            }
        ],
    }


async def stored(request: Request) -> Response:
    """A store of answers, as when ``store: true``: ``GET /v1/responses/{id}``,
    ``GET /v1/chat/completions/{id}`` and the list ``GET /v1/chat/completions``, each made of
    ``x-fake-answer`` (a list gives one stored completion per answer); a ``POST`` (metadata
    updated, a background response cancelled) answers alike and is recorded."""
    if request.method == "POST":
        body = await request.body()
        with STATE.lock:
            STATE.requests.append({"path": request.url.path, "body": body, "headers": {}})
    answers = _answers(request)
    ident = request.path_params.get("ident", "")
    if request.url.path.startswith("/v1/responses/"):
        return JSONResponse({**response_object(answers[0], "fake"), "id": ident})
    if ident:
        return JSONResponse(_completion(answers[0], ident))
    data = [_completion(a, f"chatcmpl-stored-{i}") for i, a in enumerate(answers)]
    return JSONResponse({"object": "list", "data": data, "has_more": False})


def fake_app() -> Starlette:
    return Starlette(
        routes=[
            Route("/v1/chat/completions", chat, methods=["POST"]),
            Route("/v1/chat/completions", stored, methods=["GET"]),
            Route("/v1/chat/completions/{ident}", stored, methods=["GET", "POST"]),
            Route("/v1/completions", chat, methods=["POST"]),
            Route("/v1/responses", responses, methods=["POST"]),
            Route("/v1/responses/{ident}", stored, methods=["GET"]),
            Route("/v1/responses/{ident}/cancel", stored, methods=["POST"]),
        ]
    )


def wait_for(predicate: Any, timeout: float = 5.0) -> bool:
    """Poll ``predicate`` until true or the bounded timeout passes."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.01)
    return bool(predicate())
