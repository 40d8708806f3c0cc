"""Chunk shapes: a learnt plain chunk reads later chunks of exactly its shape, nothing else,
and writes the guard's own encoding around the released text."""

from __future__ import annotations

import json

import pytest

from aigc_guard.formats import format_for
from aigc_guard.framing import SSE
from aigc_guard.jsonio import loads_object
from aigc_guard.splice import ChunkShape
from aigc_guard.sse import Event

CHAT = format_for("/v1/chat/completions", {})
assert CHAT is not None
SPELLED = (
    '{"id": "c1", "object": "chat.completion.chunk", "model": "m", '
    '"choices": [{"index": 0, "delta": {"content": "TEXT"}, "finish_reason": null}]}'
)


def event(text: str, spelled: str = SPELLED) -> Event:
    return Event([("data", spelled.replace('"TEXT"', text))])


def learnt() -> ChunkShape:
    first = event(json.dumps("你好"))
    chunk = loads_object(first.data or "")
    slot = CHAT.plain_text_slot(chunk)
    assert slot is not None
    shape = ChunkShape.learn(first, chunk, slot, CHAT, SSE, 64)
    assert shape is not None
    return shape


@pytest.mark.parametrize("text", ["世界", 'a "quoted" \\ back\nslash', "\ud800 lone", "", "}]}"])
def test_a_chunk_of_the_same_shape_reads_and_writes_as_the_full_path(text: str) -> None:
    shape = learnt()
    spelled = event(json.dumps(text))
    slot = shape.read(spelled)
    assert slot is not None and slot.text == text and slot.key == (0, "content", 0)
    written = shape.write(text)
    full = loads_object(spelled.data or "")
    assert json.loads(written.decode("utf-8")[len("data: ") :]) == full


@pytest.mark.parametrize(
    "middle",
    [
        '"a", "x": "smuggled"',  # a second key after the string
        '"a"} , {"b": "c"',  # the string closes and the structure changes
        '"unterminated',
        "123",  # not a string
        '"a" ',  # trailing space: not the learnt spelling
        '"tab\there"',  # a raw control character: not JSON
    ],
)
def test_anything_but_one_json_string_in_the_slot_takes_the_full_path(middle: str) -> None:
    assert learnt().read(event(middle)) is None


def test_other_fields_or_another_choice_take_the_full_path() -> None:
    shape = learnt()
    assert shape.read(event('"x"', SPELLED.replace('"index": 0', '"index": 1'))) is None
    assert shape.read(event('"x"', SPELLED.replace('"model": "m"', '"model": "n"'))) is None
    named = Event([("event", "delta"), ("data", SPELLED.replace('"TEXT"', '"x"'))])
    assert shape.read(named) is None


def test_a_text_that_appears_twice_is_not_learnt() -> None:
    spelled = SPELLED.replace('"model": "m"', '"model": "TEXT"')
    first = Event([("data", spelled.replace('"TEXT"', '"同"'))])
    chunk = loads_object(first.data or "")
    slot = CHAT.plain_text_slot(chunk)
    assert slot is not None
    assert ChunkShape.learn(first, chunk, slot, CHAT, SSE, 64) is None
