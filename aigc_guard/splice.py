"""Plain text chunks of one shape, read and written without parsing the whole chunk again.

A token stream repeats one chunk with another text: ``{"id": …, "choices": [{"index": 0,
"delta": {"content": "这是"}, …}]}``. Once one such chunk has been parsed strictly, its
data splits into a prefix, the JSON string of the text, and a suffix. A later event whose
data is that prefix, one JSON string token and that suffix *is* the learnt chunk with
another text — nothing else can differ — so reading it costs one string parse, and writing
the released text costs the string's encoding between bytes the guard encoded itself from the
learnt chunk (never the sender's spelling: :mod:`aigc_guard.jsonio`'s rule holds). Any other
event takes the full path.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from typing import Any

from . import jsonio
from .errors import BodyError
from .formats.base import Format, Slot, get_path, set_path
from .framing import Framing
from .sse import Event

__all__ = ["ChunkShape"]

_SENTINEL = "\x00aigc_guard splice\x00"
_SCAN_STRING = json.decoder.scanstring  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class ChunkShape:
    """What a plain text chunk of one stream looks like around its text."""

    others: tuple[tuple[int, str, str], ...]  # (position, name, value) of every other field
    width: int  # fields in the event
    at: int  # position of its one data field
    prefix: str
    suffix: str
    head: bytes  # the guard's encoding of the chunk up to the text …
    tail: bytes  # … and after it
    slot: Slot  # the text's path and channel key (its text: the learnt chunk's)

    @classmethod
    def learn(
        cls,
        event: Event,
        chunk: dict[str, Any],
        slot: Slot,
        fmt: Format,
        framing: Framing,
        max_depth: int,
    ) -> ChunkShape | None:
        """The shape of ``event`` (parsed strictly as ``chunk``, text ``slot``), or ``None``
        when its text cannot be located beyond doubt."""
        data_fields = [i for i, (name, _) in enumerate(event.fields) if name == "data"]
        if len(data_fields) != 1:
            return None
        at = data_fields[0]
        data = event.fields[at][1]
        token = next(
            (
                t
                for t in (json.dumps(slot.text, ensure_ascii=False), json.dumps(slot.text))
                if data.count(t) == 1
            ),
            None,
        )
        if token is None:
            return None
        begin = data.index(token)
        prefix, suffix = data[:begin], data[begin + len(token) :]
        try:
            marked = jsonio.loads_object(
                prefix + json.dumps(_SENTINEL) + suffix, max_depth=max_depth
            )
        except BodyError:
            return None
        try:
            if get_path(marked, slot.path) != _SENTINEL:
                return None
        except (KeyError, IndexError, TypeError):
            return None
        restored = copy.deepcopy(marked)
        set_path(restored, slot.path, slot.text)
        if restored != chunk:
            return None
        wire = framing.encode_object(marked, fmt.event_name(marked))
        mark = jsonio.dumps(_SENTINEL)
        if wire.count(mark) != 1:
            return None
        head, _, tail = wire.partition(mark)
        others = tuple((i, name, value) for i, (name, value) in enumerate(event.fields) if i != at)
        return cls(others, len(event.fields), at, prefix, suffix, head, tail, slot)

    def read(self, event: Event) -> Slot | None:
        """The text of ``event`` as this shape's slot, or ``None`` if it is another shape."""
        fields = event.fields
        if len(fields) != self.width:
            return None
        for position, name, value in self.others:
            if fields[position] != (name, value):
                return None
        name, data = fields[self.at]
        prefix, suffix = self.prefix, self.suffix
        if (
            name != "data"
            or len(data) < len(prefix) + len(suffix) + 2
            or not data.startswith(prefix)
            or not data.endswith(suffix)
        ):
            return None
        middle = data[len(prefix) : len(data) - len(suffix)]
        if middle[0] != '"':
            return None
        try:
            text, end = _SCAN_STRING(middle, 1, True)
        except ValueError:
            return None
        if end != len(middle):
            return None
        return Slot(self.slot.path, text, self.slot.key)

    def write(self, text: str) -> bytes:
        """The learnt chunk carrying ``text``, as the guard would encode it."""
        return self.head + jsonio.dumps(text) + self.tail
