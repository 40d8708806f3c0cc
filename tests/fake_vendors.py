"""Fake upstreams that speak Anthropic's Messages API, Google's Gemini API and Ollama's native
API, scripted like ``fake_upstream``: ``x-fake-answer`` (a JSON string: the answer's text),
``x-fake-mode`` (``chunk=N`` characters per delta, ``tool`` the answer as a tool call's
argument, ``break=N`` drop the connection after N frames, ``delay=MS`` between frames,
``thinking`` a reasoning block first), ``x-fake-id`` names the stream's record in ``STATE``.

Each builds its frames as the vendor documents them; what leaves is plain bytes, so the guard
and the vendors' own clients read exactly what a real server would send.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

from fake_upstream import STATE, StreamRecord, _answers, _modes, _pieces
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

MODEL = "fake-model"
CREATED = "2026-11-30T12:00:00Z"


async def _script(request: Request) -> tuple[dict[str, Any], str, dict[str, str]]:
    body = await request.json()
    with STATE.lock:
        STATE.requests.append(
            {"path": request.url.path, "body": body, "headers": dict(request.headers)}
        )
    return body, _answers(request)[0], _modes(request)


def _streamed(
    frames: list[bytes], request: Request, modes: dict[str, str], media_type: str
) -> StreamingResponse:
    record = StreamRecord(total=len(frames))
    with STATE.lock:
        STATE.streams[request.headers.get("x-fake-id", "default")] = record
    stop_after = int(modes.get("break", "0") or 0)
    delay = float(modes.get("delay", "0")) / 1000

    async def stream() -> AsyncIterator[bytes]:
        try:
            for number, frame in enumerate(frames, start=1):
                if delay:
                    await asyncio.sleep(delay)
                record.generated = number
                yield frame
                if stop_after and number >= stop_after:
                    raise ConnectionAbortedError("fake upstream breaks the stream")
        finally:
            record.closed_early = record.generated < record.total

    return StreamingResponse(stream(), media_type=media_type)


def _sse(obj: dict[str, Any], name: str | None = None) -> bytes:
    head = f"event: {name}\n" if name else ""
    return f"{head}data: {json.dumps(obj, ensure_ascii=False)}\n\n".encode()


# -- Anthropic ---------------------------------------------------------------------------------

TOOL_ARGS_KEY = "query"


def anthropic_blocks(answer: str, modes: dict[str, str]) -> list[dict[str, Any]]:
    blocks: list[dict[str, Any]] = []
    if "thinking" in modes:
        blocks.append({"type": "thinking", "thinking": "先想一想。", "signature": "c2lnbmF0dXJl"})
    if "tool" in modes:
        blocks.append(
            {
                "type": "tool_use",
                "id": "toolu_1",
                "name": "lookup",
                "input": {TOOL_ARGS_KEY: answer},
            }
        )
    else:
        blocks.append({"type": "text", "text": answer})
    return blocks


async def anthropic(request: Request) -> Response:
    body, answer, modes = await _script(request)
    blocks = anthropic_blocks(answer, modes)
    stop = "tool_use" if "tool" in modes else "end_turn"
    message = {
        "id": "msg_fake1",
        "type": "message",
        "role": "assistant",
        "model": str(body.get("model") or MODEL),
        "content": blocks,
        "stop_reason": stop,
        "stop_sequence": None,
        "usage": {"input_tokens": 3, "output_tokens": 5},
    }
    if not body.get("stream"):
        return JSONResponse(message)
    size = int(modes.get("chunk", "1"))
    events: list[dict[str, Any]] = [
        {"type": "message_start", "message": {**message, "content": [], "stop_reason": None}},
        {"type": "ping"},
    ]
    for index, block in enumerate(blocks):
        kind = block["type"]
        if kind == "text":
            start: dict[str, Any] = {"type": "text", "text": ""}
            deltas = [{"type": "text_delta", "text": p} for p in _pieces(block["text"], size)]
        elif kind == "thinking":
            start = {"type": "thinking", "thinking": "", "signature": ""}
            deltas = [{"type": "thinking_delta", "thinking": block["thinking"]}]
            deltas.append({"type": "signature_delta", "signature": block["signature"]})
        else:
            start = {**block, "input": {}}
            arguments = json.dumps(block["input"], ensure_ascii=False)
            deltas = [
                {"type": "input_json_delta", "partial_json": p} for p in _pieces(arguments, size)
            ]
        events.append({"type": "content_block_start", "index": index, "content_block": start})
        events += [{"type": "content_block_delta", "index": index, "delta": d} for d in deltas]
        events.append({"type": "content_block_stop", "index": index})
    events.append(
        {
            "type": "message_delta",
            "delta": {"stop_reason": stop, "stop_sequence": None},
            "usage": {"output_tokens": 5},
        }
    )
    events.append({"type": "message_stop"})
    frames = [_sse(e, e["type"]) for e in events]
    return _streamed(frames, request, modes, "text/event-stream")


# -- Gemini ------------------------------------------------------------------------------------


def gemini_chunk(parts: list[dict[str, Any]], finish: str | None = None) -> dict[str, Any]:
    candidate: dict[str, Any] = {"content": {"role": "model", "parts": parts}, "index": 0}
    chunk: dict[str, Any] = {
        "candidates": [candidate],
        "modelVersion": MODEL,
        "responseId": "resp-fake1",
    }
    if finish:
        candidate["finishReason"] = finish
        chunk["usageMetadata"] = {
            "promptTokenCount": 3,
            "candidatesTokenCount": 5,
            "totalTokenCount": 8,
        }
    return chunk


async def gemini(request: Request) -> Response:
    _, answer, modes = await _script(request)
    streamed = request.url.path.endswith(":streamGenerateContent")
    if "tool" in modes:
        call = {"functionCall": {"name": "lookup", "args": {TOOL_ARGS_KEY: answer}}}
        chunks = [gemini_chunk([call], "STOP")]
    elif not streamed:
        chunks = [gemini_chunk([{"text": answer}], "STOP")]
    else:
        pieces = _pieces(answer, int(modes.get("chunk", "1")))
        chunks = [gemini_chunk([{"text": p}]) for p in pieces[:-1]]
        chunks.append(gemini_chunk([{"text": pieces[-1]}], "STOP"))
    if "thinking" in modes:
        chunks.insert(0, gemini_chunk([{"text": "先想一想。", "thought": True}]))
    if not streamed:
        return JSONResponse(chunks[0])
    if request.query_params.get("alt") != "sse":
        return JSONResponse(chunks)  # without SSE: one JSON array of the stream's chunks
    return _streamed([_sse(c) for c in chunks], request, modes, "text/event-stream")


# -- Ollama ------------------------------------------------------------------------------------


def ollama_line(generate: bool, text: str, done: bool, **extra: Any) -> dict[str, Any]:
    line: dict[str, Any] = {"model": MODEL, "created_at": CREATED}
    if generate:
        line["response"] = text
    else:
        line["message"] = {"role": "assistant", "content": text, **extra}
    line["done"] = done
    if done:
        line.update(done_reason="stop", total_duration=1000, eval_count=5, prompt_eval_count=3)
    return line


async def ollama(request: Request) -> Response:
    body, answer, modes = await _script(request)
    generate = request.url.path.endswith("/api/generate")
    if "tool" in modes and not generate:
        call = {"function": {"name": "lookup", "arguments": {TOOL_ARGS_KEY: answer}}}
        lines = [ollama_line(False, "", False, tool_calls=[call])]
    else:
        pieces = _pieces(answer, int(modes.get("chunk", "1")))
        lines = [ollama_line(generate, p, False) for p in pieces]
    lines.append(ollama_line(generate, "", True))
    if body.get("stream") is False:
        whole = lines[-1]
        text = "".join(
            (line.get("response") if generate else line["message"]["content"]) or ""
            for line in lines
        )
        if generate:
            whole["response"] = text
        else:
            whole["message"] = {**lines[0]["message"], "content": text}
        return JSONResponse(whole)
    frames = [json.dumps(line, ensure_ascii=False).encode() + b"\n" for line in lines]
    return _streamed(frames, request, modes, "application/x-ndjson")


def vendors_app() -> Starlette:
    return Starlette(
        routes=[
            Route("/v1/messages", anthropic, methods=["POST"]),
            Route("/v1beta/models/{model}:generateContent", gemini, methods=["POST"]),
            Route("/v1beta/models/{model}:streamGenerateContent", gemini, methods=["POST"]),
            Route("/api/chat", ollama, methods=["POST"]),
            Route("/api/generate", ollama, methods=["POST"]),
        ]
    )
