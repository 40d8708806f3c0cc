from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from aigc_guard.sse import Event, SSEParser, encode_event

STREAM = (
    'data: {"text": "你好，世界"}\r\n\r\n'
    ": keep-alive\n\n"
    "event: delta\nid: 7\nretry: 1000\ndata: line one\ndata: line two\n\n"
    "data:no-space\r\rdata: [DONE]\n\n"
).encode()
EXPECTED = [
    [("data", '{"text": "你好，世界"}')],
    [("", " keep-alive")],
    [
        ("event", "delta"),
        ("id", "7"),
        ("retry", "1000"),
        ("data", "line one"),
        ("data", "line two"),
    ],
    [("data", "no-space")],
    [("data", "[DONE]")],
]


def parse(pieces: list[bytes]) -> list[list[tuple[str, str]]]:
    parser = SSEParser()
    events = [e for piece in pieces for e in parser.feed(piece)]
    assert parser.close() is None
    return [e.fields for e in events]


def test_every_two_way_split_including_inside_utf8_and_crlf() -> None:
    for cut in range(len(STREAM) + 1):
        assert parse([STREAM[:cut], STREAM[cut:]]) == EXPECTED, cut


@given(st.lists(st.integers(min_value=0, max_value=len(STREAM)), max_size=20))
def test_random_splits(cuts: list[int]) -> None:
    bounds = [0, *sorted(cuts), len(STREAM)]
    assert parse([STREAM[a:b] for a, b in itertools.pairwise(bounds)]) == EXPECTED


def test_multiline_data_joins_with_newlines_and_round_trips() -> None:
    event = Event([("event", "x"), ("data", "a"), ("data", "b")])
    assert event.data == "a\nb"
    assert SSEParser().feed(encode_event(event))[0].fields == event.fields
    assert event.with_data("c\nd").fields == [("event", "x"), ("data", "c"), ("data", "d")]


def test_unterminated_event_is_returned_on_close() -> None:
    parser = SSEParser()
    assert parser.feed(b"data: partial") == []
    leftover = parser.close()
    assert leftover is not None and leftover.data == "partial"


def test_events_leave_encoded_from_their_parsed_fields() -> None:
    raw = b'\xef\xbb\xbfdata:{"a":1}\r\nbogus: x\r\n\r\n'
    [event] = SSEParser().feed(raw)
    assert encode_event(event) == b'data: {"a":1}\n\n'  # BOM, CRLF and unknown field gone
