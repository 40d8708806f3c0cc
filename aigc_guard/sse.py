"""Incremental server-sent events: bytes split anywhere in, events out; events back to bytes.

Follows the WHATWG event-stream grammar: lines end in CRLF, LF or CR (a CRLF may be split
between two reads), ``field: value`` with one optional space, comment lines start with
``:``, an empty line dispatches. Each event keeps its raw bytes, so an event the guard does
not change is forwarded exactly as it came.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

__all__ = ["Event", "SSEParser", "encode_event"]

_EOL = re.compile(r"\r\n?|\n")


@dataclass
class Event:
    """One event: its fields in order (``("data", "...")``, ``("", "comment")``, …)."""

    fields: list[tuple[str, str]] = field(default_factory=list)
    raw: bytes = b""

    @property
    def data(self) -> str | None:
        values = [value for name, value in self.fields if name == "data"]
        return "\n".join(values) if values else None

    def with_data(self, data: str) -> Event:
        """The same event (event/id/retry/comments kept) carrying ``data`` instead."""
        fields: list[tuple[str, str]] = []
        placed = False
        for name, value in self.fields:
            if name == "data":
                if not placed:
                    fields.extend(("data", line) for line in data.split("\n"))
                    placed = True
                continue
            fields.append((name, value))
        if not placed:
            fields.extend(("data", line) for line in data.split("\n"))
        return Event(fields)


def encode_event(event: Event) -> bytes:
    """Wire bytes of an event; its raw bytes when it was parsed and left unchanged."""
    if event.raw:
        return event.raw
    lines = []
    for name, value in event.fields:
        lines.append(f":{value}" if name == "" else f"{name}: {value}")
    return ("\n".join(lines) + "\n\n").encode("utf-8")


class SSEParser:
    """Feed bytes, get complete events; ``close()`` returns what was left unterminated."""

    def __init__(self) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._line = ""
        self._pending_cr = False
        self._fields: list[tuple[str, str]] = []
        self._raw = bytearray()

    def feed(self, data: bytes) -> list[Event]:
        self._raw.extend(data)
        text = self._decoder.decode(data)
        return self._consume(text)

    def _consume(self, text: str) -> list[Event]:
        events: list[Event] = []
        if self._pending_cr and text.startswith("\n"):
            text = text[1:]
        self._pending_cr = False
        position = 0
        for end_of_line in _EOL.finditer(text):
            line = self._line + text[position : end_of_line.start()]
            self._line = ""
            position = end_of_line.end()
            if end_of_line.group() == "\r" and position == len(text):
                self._pending_cr = True  # the LF of a CRLF may come with the next read
            event = self._line_done(line)
            if event is not None:
                events.append(event)
        self._line += text[position:]
        if events:
            at_boundary = not self._line and not self._fields and not self._pending_cr
            if at_boundary and len(events) == 1:
                events[0].raw = bytes(self._raw)
            self._raw.clear()
        return events

    def _line_done(self, line: str) -> Event | None:
        if line == "":
            if not self._fields:
                return None
            event = Event(self._fields)
            self._fields = []
            return event
        if line.startswith(":"):
            self._fields.append(("", line[1:]))
            return None
        name, sep, value = line.partition(":")
        if sep and value.startswith(" "):
            value = value[1:]
        self._fields.append((name, value))
        return None

    def close(self) -> Event | None:
        """An event the stream ended without terminating (a truncated stream), if any."""
        tail = self._decoder.decode(b"", final=True)
        if tail:
            self._consume(tail)
        if self._line:
            self._line_done(self._line)
            self._line = ""
        if self._fields:
            event = Event(self._fields)
            self._fields = []
            return event
        return None
