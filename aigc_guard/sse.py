"""Incremental server-sent events: bytes split anywhere in, events out; events back to bytes.

Follows the WHATWG event-stream grammar: lines end in CRLF, LF or CR (a CRLF may be split
between two reads), ``field: value`` with one optional space, comment lines start with
``:``, an empty line dispatches, a byte-order mark before the first line is dropped.

The parser owns its buffer across reads and keeps no raw bytes: every event that leaves the
guard is encoded again from the fields the parser read (:func:`encode_event`), so what a
client parses is exactly what the guard parsed, whatever the sender's spelling (a BOM, odd
line ends, a comment glued to an event, fields the grammar ignores); no text the guard did
not scan rides along in a comment or an event name. Work is linear in the
input, and a line or an event over its limit raises :class:`SSEError` instead of growing
without bound.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

__all__ = ["Event", "SSEError", "SSEParser", "encode_event"]

# event:, id: and retry: reach the client unscanned, so only tokens pass: an event type, an
# id, a number; a comment leaves as a bare ":" (a keep-alive), its text dropped.
TOKEN = re.compile(r"[\w.:/-]{0,128}", re.ASCII)
_DIGITS = re.compile(r"[0-9]{1,10}")
DEFAULT_MAX_LINE = 1024 * 1024
DEFAULT_MAX_EVENT = 4 * 1024 * 1024


class SSEError(ValueError):
    """The stream broke the limits of one line or one event."""


@dataclass
class Event:
    """One event: its fields in order (``("data", "...")``, ``("", "comment")``, …)."""

    fields: list[tuple[str, str]] = field(default_factory=list)

    @property
    def data(self) -> str | None:
        values = [value for name, value in self.fields if name == "data"]
        return "\n".join(values) if values else None

    @property
    def name(self) -> str | None:
        """The ``event:`` field (the event type), if any."""
        for key, value in self.fields:
            if key == "event":
                return value
        return None

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
    """Wire bytes of an event, built from its fields: ``data`` as read, ``event``/``id`` only
    when they are plain tokens and ``retry`` only when a number, comments without their
    text; other fields (the grammar ignores them) are left out."""
    lines = []
    for name, value in event.fields:
        if name == "data":
            lines.append(f"data: {value}")
        elif name == "":
            lines.append(":")
        elif name in ("event", "id") and TOKEN.fullmatch(value):
            lines.append(f"{name}: {value}")
        elif name == "retry" and _DIGITS.fullmatch(value):
            lines.append(f"retry: {value}")
    if not lines:
        return b""
    return ("\n".join(lines) + "\n\n").encode("utf-8")


class SSEParser:
    """Feed bytes, get complete events; ``close()`` returns what was left unterminated."""

    def __init__(
        self, max_line: int = DEFAULT_MAX_LINE, max_event: int = DEFAULT_MAX_EVENT
    ) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._line_parts: list[str] = []
        self._line_size = 0
        self._pending_cr = False
        self._started = False
        self._fields: list[tuple[str, str]] = []
        self._event_size = 0
        self._max_line = max_line
        self._max_event = max_event

    def feed(self, data: bytes) -> list[Event]:
        return self._consume(self._decoder.decode(data))

    def _consume(self, text: str) -> list[Event]:
        if not self._started and text:
            self._started = True
            text = text.removeprefix("\ufeff")
        if self._pending_cr and text.startswith("\n"):
            text = text[1:]
        self._pending_cr = False
        if "\r" in text:
            self._pending_cr = text.endswith("\r")  # its LF may come with the next read
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        lines = text.split("\n")
        rest = lines.pop()  # the line still being written
        if lines and self._line_parts:
            self._extend_line(lines[0])
            lines[0] = "".join(self._line_parts)
            self._line_parts, self._line_size = [], 0
        events: list[Event] = []
        for line in lines:
            if len(line) > self._max_line:
                raise SSEError(f"an event-stream line is longer than {self._max_line} characters")
            event = self._line_done(line)
            if event is not None:
                events.append(event)
        self._extend_line(rest)
        return events

    def _extend_line(self, piece: str) -> None:
        if not piece:
            return
        self._line_size += len(piece)
        if self._line_size > self._max_line:
            raise SSEError(f"an event-stream line is longer than {self._max_line} characters")
        self._line_parts.append(piece)

    def _line_done(self, line: str) -> Event | None:
        if line == "":
            if not self._fields:
                return None
            event = Event(self._fields)
            self._fields, self._event_size = [], 0
            return event
        self._event_size += len(line)
        if self._event_size > self._max_event:
            raise SSEError(f"an event is larger than {self._max_event} characters")
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
        if self._line_parts:
            self._line_done("".join(self._line_parts))
            self._line_parts, self._line_size = [], 0
        if self._fields:
            event = Event(self._fields)
            self._fields, self._event_size = [], 0
            return event
        return None
