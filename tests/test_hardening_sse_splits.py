"""Finding 4: the SSE parser owns its buffer across reads; any split of a stream gives the
same events and the same bytes out, benign text is never lost, crafted splits leak nothing."""

from __future__ import annotations

import itertools
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scripted import Scripted, call, chat_request, chunk, guarded, sse

from aigc_guard.sse import SSEError, SSEParser, encode_event

TERM = "炸弹制作"
ID = "11010519491231002X"


def split_at(data: bytes, cuts: list[int]) -> list[bytes]:
    bounds = [0, *sorted({c for c in cuts if 0 < c < len(data)}), len(data)]
    return [data[a:b] for a, b in itertools.pairwise(bounds)]


def through_guard(stream: bytes, cuts: list[int]) -> str:
    upstream = Scripted(split_at(stream, cuts), content_type=b"text/event-stream")
    return call(guarded(upstream), body=chat_request(stream=True)).text


def test_an_event_and_a_lone_colon_then_data_in_the_next_read_leaks_nothing() -> None:
    first = sse(chunk({"content": "好"}))[: -len(b"data: [DONE]\n\n")]
    crafted = [first + b":", b"data: " + json.dumps(chunk({"content": TERM})).encode() + b"\n\n"]
    upstream = Scripted([*crafted, b"data: [DONE]\n\n"], content_type=b"text/event-stream")
    text = call(guarded(upstream), body=chat_request(stream=True)).text
    assert TERM not in text and "炸弹" not in text
    assert '"content":"好"' in text


def test_comments_and_event_names_carry_no_unscanned_text() -> None:
    stream = (
        f": {TERM}\n".encode()
        + f"event: {TERM}\n".encode()
        + b"data: "
        + json.dumps(chunk({"content": "好"})).encode()
        + b"\n\n"
        + sse(chunk({}, "stop"))
    )
    text = through_guard(stream, [])
    assert TERM not in text and '"content":"好"' in text


TOOL_STREAM = sse(
    chunk({"role": "assistant", "content": ""}),
    *[
        chunk({"tool_calls": [{"index": 0, "function": {"arguments": piece}}]})
        for piece in ['{"city"', ': "北', '京", "note": "', "a long benign note " * 3, '"}']
    ],
    *[chunk({"reasoning_content": piece}) for piece in ["想一想", "，先查天气。"]],
    chunk({}, "tool_calls"),
)


def tool_arguments_and_reasoning(text: str) -> tuple[str, str]:
    arguments, reasoning = "", ""
    for line in text.splitlines():
        if not line.startswith("data: {"):
            continue
        for choice in json.loads(line[6:]).get("choices", []):
            delta = choice.get("delta", {})
            for call_ in delta.get("tool_calls") or []:
                arguments += call_.get("function", {}).get("arguments", "")
            reasoning += delta.get("reasoning_content") or ""
    return arguments, reasoning


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cuts=st.lists(st.integers(min_value=1, max_value=len(TOOL_STREAM) - 1), max_size=20))
def test_benign_tool_call_and_reasoning_text_survive_any_tcp_split(cuts: list[int]) -> None:
    arguments, reasoning = tool_arguments_and_reasoning(through_guard(TOOL_STREAM, cuts))
    assert json.loads(arguments)["city"] == "北京"
    assert reasoning == "想一想，先查天气。"


LEAKY_STREAM = sse(
    *[chunk({"content": piece}) for piece in ["好的，", "炸", "弹制", "作如下", "。"]],
    chunk({}, "stop"),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cuts=st.lists(st.integers(min_value=1, max_value=len(LEAKY_STREAM) - 1), max_size=20))
def test_no_split_of_a_stream_leaks_a_blocked_term(cuts: list[int]) -> None:
    text = through_guard(LEAKY_STREAM, cuts)
    contents = "".join(tool_arguments_and_reasoning(text)) + "".join(
        json.loads(line[6:])["choices"][0]["delta"].get("content") or ""
        for line in text.splitlines()
        if line.startswith("data: {") and json.loads(line[6:]).get("choices")
    )
    assert "炸弹" not in contents and "content_filter" in text


# -- the parser, fuzzed ----------------------------------------------------------------------

FIXTURES = [
    TOOL_STREAM,
    LEAKY_STREAM,
    b"\xef\xbb\xbfdata: a\r\ndata: b\r\n\r\n: ping\n\nevent: x\nid: 7\ndata: {}\n\n",
    b"data: \xe4\xbd\xa0\xe5\xa5\xbd\rdata: x\r\rretry: 10\n\n",
]


def parse(pieces: list[bytes]) -> tuple[list[list[tuple[str, str]]], bytes]:
    parser = SSEParser(max_line=4096, max_event=8192)
    events = [e for piece in pieces for e in parser.feed(piece)]
    leftover = parser.close()
    if leftover is not None:
        events.append(leftover)
    return [e.fields for e in events], b"".join(encode_event(e) for e in events)


@settings(max_examples=300, deadline=None)
@given(
    data=st.one_of(st.sampled_from(FIXTURES), st.binary(max_size=400)),
    cuts=st.lists(st.integers(min_value=1, max_value=400), max_size=30),
)
def test_any_split_gives_the_same_events_and_the_same_bytes(data: bytes, cuts: list[int]) -> None:
    try:
        whole = parse([data])
    except SSEError:
        return
    assert parse(split_at(data, cuts)) == whole


def test_long_lines_are_linear_and_bounded() -> None:
    parser = SSEParser(max_line=1 << 20)
    piece = b"x" * 4096
    with pytest.raises(SSEError):
        for _ in range(600):  # 2.4 MB without a newline: refused at 1 MiB, not buffered
            parser.feed(piece)
    parser = SSEParser()
    events = [e for _ in range(200) for e in parser.feed(b"data: " + piece + b"\n")]
    events += parser.feed(b"\n")
    assert len(events) == 1 and len(events[0].data or "") == 200 * 4096 + 199
