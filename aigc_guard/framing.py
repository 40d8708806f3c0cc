"""Stream framings, one codec per transport: server-sent events and newline-delimited JSON.

A codec cuts bytes (split anywhere) into frames and writes frames back. Frames are
:class:`~aigc_guard.sse.Event` objects whatever the transport (an NDJSON line is an event with
one ``data`` field), so the stream responder and every wire format work the same over both.
What leaves is always encoded again from what the parser read.
"""

from __future__ import annotations

import codecs
from typing import Any, Protocol

from . import jsonio
from .sse import TOKEN, Event, SSEError, SSEParser, encode_event

__all__ = ["NDJSON", "SSE", "FrameParser", "Framing", "NDJSONParser", "framing_for"]


class FrameParser(Protocol):
    def feed(self, data: bytes) -> list[Event]: ...

    def close(self) -> Event | None: ...


class Framing:
    """A transport's grammar: how frames are cut from bytes and written back."""

    name = ""
    content_type = b""

    def parser(self, limit: int) -> FrameParser:
        raise NotImplementedError

    def encode(self, frame: Event) -> bytes:
        """A parsed frame's bytes (rebuilt from its fields)."""
        raise NotImplementedError

    def encode_object(self, obj: dict[str, Any], name: str | None = None) -> bytes:
        """A frame the guard writes: one JSON object (``name``: the SSE event type)."""
        raise NotImplementedError


class _SSE(Framing):
    name = "sse"
    content_type = b"text/event-stream; charset=utf-8"

    def parser(self, limit: int) -> FrameParser:
        return SSEParser(max_line=limit, max_event=limit)

    def encode(self, frame: Event) -> bytes:
        return encode_event(frame)

    def encode_object(self, obj: dict[str, Any], name: str | None = None) -> bytes:
        head = f"event: {name}\n".encode() if name and TOKEN.fullmatch(name) else b""
        return head + b"data: " + jsonio.dumps(obj) + b"\n\n"


class NDJSONParser:
    """Lines of JSON: LF or CRLF ends a line, blank lines are skipped, a line over ``limit``
    characters raises :class:`~aigc_guard.sse.SSEError` instead of growing without bound."""

    def __init__(self, limit: int) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._parts: list[str] = []
        self._size = 0
        self._limit = limit

    def feed(self, data: bytes) -> list[Event]:
        return self._consume(self._decoder.decode(data))

    def _consume(self, text: str) -> list[Event]:
        frames: list[Event] = []
        lines = text.split("\n")
        for line in lines[:-1]:
            self._grow(line)
            frame = self._frame("".join(self._parts))
            self._parts, self._size = [], 0
            if frame is not None:
                frames.append(frame)
        self._grow(lines[-1])
        return frames

    def _grow(self, piece: str) -> None:
        if piece:
            self._size += len(piece)
            if self._size > self._limit:
                raise SSEError(f"a stream line is longer than {self._limit} characters")
            self._parts.append(piece)

    @staticmethod
    def _frame(line: str) -> Event | None:
        line = line.removesuffix("\r")
        return Event([("data", line)]) if line.strip() else None

    def close(self) -> Event | None:
        self._consume(self._decoder.decode(b"", final=True))
        line = "".join(self._parts)
        self._parts, self._size = [], 0
        return self._frame(line)


class _NDJSON(Framing):
    name = "ndjson"
    content_type = b"application/x-ndjson"

    def parser(self, limit: int) -> FrameParser:
        return NDJSONParser(limit)

    def encode(self, frame: Event) -> bytes:
        data = frame.data
        return (data + "\n").encode() if data else b""

    def encode_object(self, obj: dict[str, Any], name: str | None = None) -> bytes:
        return jsonio.dumps(obj) + b"\n"


SSE: Framing = _SSE()
NDJSON: Framing = _NDJSON()
STREAM_TYPES = {b"text/event-stream": SSE, b"application/x-ndjson": NDJSON}


def framing_for(content_type: bytes) -> Framing | None:
    """The framing of a streamed answer by its media type; ``None``: not a stream."""
    media = content_type.split(b";", 1)[0].strip().lower()
    if media in (b"application/jsonl", b"application/jsonlines"):
        return NDJSON
    return STREAM_TYPES.get(media)
