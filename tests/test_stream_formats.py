"""The no-leak property on the wire, for every format and both framings: an answer cut into
deltas at every point, one character per delta, and its bytes split at random reads, goes
through the middleware; a client parsing what came out sees the guarded text (benign text
whole, PII masked) and never one character of a blocked span."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from typing import Any

import pytest
from fake_vendors import gemini_chunk, ollama_line
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scripted import Scripted, call, chunk, guarded

from aigc_guard.demo import response_events

BENIGN = "今天天气很好，我们去公园散步吧。"
PII = "电话 13812345678，好"
BLOCKED = "好的，炸弹制作的步骤。第一步"
EXPECTED = {BENIGN: BENIGN, PII: "电话 138****5678，好"}
SAFE_PREFIX = "好的，"  # what may leave of BLOCKED before the cut


def _sse(events: list[dict[str, Any]], named: bool = False, done: bool = False) -> bytes:
    out = b""
    for event in events:
        head = f"event: {event['type']}\n" if named else ""
        out += f"{head}data: {json.dumps(event, ensure_ascii=False)}\n\n".encode()
    return out + (b"data: [DONE]\n\n" if done else b"")


def _ndjson(lines: list[dict[str, Any]]) -> bytes:
    return b"".join(json.dumps(line, ensure_ascii=False).encode() + b"\n" for line in lines)


def chat_frames(pieces: list[str]) -> list[dict[str, Any]]:
    return [*(chunk({"content": p}) for p in pieces), chunk({}, "stop")]


def anthropic_stream(pieces: list[str]) -> bytes:
    events: list[dict[str, Any]] = [
        {
            "type": "message_start",
            "message": {
                "id": "m",
                "type": "message",
                "role": "assistant",
                "model": "c",
                "content": [],
                "stop_reason": None,
            },
        },
        {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
        *(
            {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": p}}
            for p in pieces
        ),
        {"type": "content_block_stop", "index": 0},
        {
            "type": "message_delta",
            "delta": {"stop_reason": "end_turn"},
            "usage": {"output_tokens": 1},
        },
        {"type": "message_stop"},
    ]
    return _sse(events, named=True)


def gemini_stream(pieces: list[str]) -> bytes:
    chunks = [gemini_chunk([{"text": p}]) for p in pieces]
    chunks.append(gemini_chunk([{"text": ""}], "STOP"))
    return _sse(chunks)


def _frames(raw: bytes) -> list[dict[str, Any]]:
    """The JSON objects a client parses out of SSE ``data:`` lines or NDJSON lines."""
    found = []
    for line in raw.decode("utf-8").splitlines():
        data = line[6:] if line.startswith("data: ") else line
        if data.startswith("{"):
            found.append(json.loads(data))
    return found


def chat_text(frames: list[dict[str, Any]]) -> str:
    return "".join(c["delta"].get("content") or "" for f in frames for c in f.get("choices", []))


def anthropic_text(frames: list[dict[str, Any]]) -> str:
    return "".join(
        f["delta"].get("text", "") for f in frames if f.get("type") == "content_block_delta"
    )


def gemini_text(frames: list[dict[str, Any]]) -> str:
    return "".join(
        part.get("text", "")
        for f in frames
        for c in f.get("candidates", [])
        for part in c.get("content", {}).get("parts", [])
    )


def ollama_text(frames: list[dict[str, Any]]) -> str:
    return "".join(f.get("message", {}).get("content", "") for f in frames)


def responses_text(frames: list[dict[str, Any]]) -> str:
    return "".join(f["delta"] for f in frames if f.get("type") == "response.output_text.delta")


CHAT_BODY = {"model": "m", "stream": True, "messages": [{"role": "user", "content": "hi"}]}
# name → (path, request, media type, stream of pieces, visible text)
FORMATS: dict[
    str,
    tuple[
        str,
        dict[str, Any],
        bytes,
        Callable[[list[str]], bytes],
        Callable[[list[dict[str, Any]]], str],
    ],
] = {
    "chat-sse": (
        "/v1/chat/completions",
        CHAT_BODY,
        b"text/event-stream",
        lambda p: _sse(chat_frames(p), done=True),
        chat_text,
    ),
    "chat-ndjson": (
        "/v1/chat/completions",
        CHAT_BODY,
        b"application/x-ndjson",
        lambda p: _ndjson(chat_frames(p)),
        chat_text,
    ),
    "responses-sse": (
        "/v1/responses",
        {"model": "m", "stream": True, "input": "hi"},
        b"text/event-stream",
        lambda p: _sse(response_events(p, "m"), named=True),
        responses_text,
    ),
    "anthropic-sse": (
        "/v1/messages",
        {
            "model": "c",
            "stream": True,
            "max_tokens": 9,
            "messages": [{"role": "user", "content": "hi"}],
        },
        b"text/event-stream",
        anthropic_stream,
        anthropic_text,
    ),
    "gemini-sse": (
        "/v1beta/models/g:streamGenerateContent",
        {"contents": [{"role": "user", "parts": [{"text": "hi"}]}]},
        b"text/event-stream",
        gemini_stream,
        gemini_text,
    ),
    "ollama-ndjson": (
        "/api/chat",
        {"model": "m", "messages": [{"role": "user", "content": "hi"}]},
        b"application/x-ndjson",
        lambda p: _ndjson(
            [*(ollama_line(False, x, False) for x in p), ollama_line(False, "", True)]
        ),
        ollama_text,
    ),
}


def through(name: str, pieces: list[str], reads: list[int] = ()) -> tuple[str, str]:  # type: ignore[assignment]
    """What a client of format ``name`` sees (its text, and the raw body)."""
    path, request, media, build, visible = FORMATS[name]
    stream = build(pieces)
    bounds = [0, *sorted({r for r in reads if 0 < r < len(stream)}), len(stream)]
    upstream = Scripted([stream[a:b] for a, b in itertools.pairwise(bounds)], content_type=media)
    body = json.dumps(request).encode()
    raw = call(guarded(upstream), path, body).text
    return visible(_frames(raw.encode())), raw


def check(name: str, text: str, pieces: list[str], reads: list[int] = ()) -> None:  # type: ignore[assignment]
    seen, raw = through(name, pieces, reads)
    if text == BLOCKED:
        assert "炸弹" not in raw and "炸" not in seen, (name, pieces, seen)
        assert SAFE_PREFIX.startswith(seen) or seen.startswith(SAFE_PREFIX), (name, seen)
        assert '"block"' in raw
    else:
        assert seen == EXPECTED[text], (name, pieces, seen)


def split(text: str, cuts: list[int]) -> list[str]:
    bounds = [0, *sorted({c for c in cuts if 0 < c < len(text)}), len(text)]
    return [text[a:b] for a, b in itertools.pairwise(bounds)]


@pytest.mark.parametrize("name", sorted(FORMATS))
@pytest.mark.parametrize("text", [BENIGN, PII, BLOCKED])
def test_every_split_point_and_one_character_deltas(name: str, text: str) -> None:
    for cut in range(1, len(text)):
        check(name, text, split(text, [cut]))
    check(name, text, list(text))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.sampled_from(sorted(FORMATS)),
    text=st.sampled_from([BENIGN, PII, BLOCKED]),
    cuts=st.lists(st.integers(min_value=1, max_value=30), max_size=8),
    reads=st.lists(st.integers(min_value=1, max_value=3000), max_size=25),
)
def test_random_deltas_and_random_reads(
    name: str, text: str, cuts: list[int], reads: list[int]
) -> None:
    check(name, text, split(text, cuts), reads)


def test_an_event_name_the_guard_writes_is_a_token_or_nothing() -> None:
    from aigc_guard.framing import NDJSON, SSE

    written = SSE.encode_object({"type": "x"}, "content_block_delta\ndata: 炸弹制作")
    assert written == b'data: {"type":"x"}\n\n'
    assert SSE.encode_object({"a": 1}, "message_stop").startswith(b"event: message_stop\n")
    assert NDJSON.encode_object({"a": "好"}) == '{"a":"好"}\n'.encode()


def test_ndjson_lines_split_anywhere_give_the_same_frames() -> None:
    from aigc_guard.framing import NDJSONParser
    from aigc_guard.sse import SSEError

    data = '{"a": "好"}\r\n\n{"b": 2}\n{"c"'.encode()
    for cut in range(1, len(data)):
        parser = NDJSONParser(100)
        frames = parser.feed(data[:cut]) + parser.feed(data[cut:])
        last = parser.close()
        assert [f.data for f in frames] == ['{"a": "好"}', '{"b": 2}']
        assert last is not None and last.data == '{"c"'
    with pytest.raises(SSEError):
        NDJSONParser(8).feed(b"x" * 9)
