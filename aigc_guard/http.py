"""Small ASGI/HTTP helpers shared by the middleware and the proxy."""

from __future__ import annotations

import json
import zlib
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any, Protocol

__all__ = [
    "ASGIApp",
    "DecodedTooLarge",
    "Message",
    "Receive",
    "Scope",
    "Send",
    "body_decoder",
    "error_body",
    "get_header",
    "replace_headers",
    "respond",
]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

RawHeaders = list[tuple[bytes, bytes]]


def get_header(headers: RawHeaders, name: bytes) -> bytes | None:
    for key, value in headers:
        if key.lower() == name:
            return value
    return None


def replace_headers(
    headers: RawHeaders, drop: set[bytes], add: list[tuple[bytes, bytes]]
) -> RawHeaders:
    """Headers without those named in ``drop`` (lower case), then ``add`` appended."""
    kept = [(k, v) for k, v in headers if k.lower() not in drop]
    return kept + add


def error_body(code: str, message: str, error_type: str = "aigc_guard_error") -> bytes:
    """An OpenAI-style error object; ``message`` must never carry matched content."""
    return json.dumps(
        {"error": {"message": message, "type": error_type, "param": None, "code": code}}
    ).encode("utf-8")


class Decoder(Protocol):
    def decompress(self, data: bytes) -> bytes: ...

    def flush(self) -> bytes: ...


class DecodedTooLarge(ValueError):
    """A compressed body decodes to more than its limit (checked while decoding)."""


class _Identity:
    def __init__(self, limit: int) -> None:
        self._left = limit

    def decompress(self, data: bytes) -> bytes:
        self._left -= len(data)
        if self._left < 0:
            raise DecodedTooLarge("body over its limit")
        return data

    def flush(self) -> bytes:
        return b""


class _Zlib:
    def __init__(self, wbits: int, limit: int) -> None:
        self._inner = zlib.decompressobj(wbits)
        self._left = limit

    def decompress(self, data: bytes) -> bytes:
        # max_length stops a bomb while it inflates, not after.
        out = self._inner.decompress(data, self._left + 1)
        self._left -= len(out)
        if self._left < 0 or self._inner.unconsumed_tail:
            raise DecodedTooLarge("decoded body over its limit")
        return out

    def flush(self) -> bytes:
        out = self._inner.flush()
        if not self._inner.eof:
            raise zlib.error("compressed body is truncated")
        self._left -= len(out)
        if self._left < 0:
            raise DecodedTooLarge("decoded body over its limit")
        return out


class _Brotli:
    def __init__(self, limit: int) -> None:
        import brotli

        self._inner = brotli.Decompressor()
        self._left = limit

    def decompress(self, data: bytes) -> bytes:
        pieces = [self._inner.process(data, output_buffer_limit=self._left + 1)]
        self._left -= len(pieces[0])
        while self._left >= 0 and not self._inner.can_accept_more_data():
            piece = self._inner.process(b"", output_buffer_limit=self._left + 1)
            if not piece:
                break
            pieces.append(piece)
            self._left -= len(piece)
        if self._left < 0:
            raise DecodedTooLarge("decoded body over its limit")
        return b"".join(pieces)

    def flush(self) -> bytes:
        if not self._inner.is_finished():
            raise ValueError("compressed body is truncated")
        return b""


def body_decoder(content_encoding: bytes | None, limit: int) -> Decoder | None:
    """An incremental decoder for a Content-Encoding that raises :class:`DecodedTooLarge`
    as soon as its output passes ``limit`` bytes; ``None`` if the encoding is not supported."""
    encoding = (content_encoding or b"identity").decode("latin-1").strip().lower()
    if encoding in ("", "identity"):
        return _Identity(limit)
    if encoding in ("gzip", "x-gzip"):
        return _Zlib(16 + zlib.MAX_WBITS, limit)
    if encoding == "deflate":
        return _Zlib(zlib.MAX_WBITS + 32, limit)  # zlib or gzip header, auto-detected
    if encoding == "br":
        try:
            return _Brotli(limit)
        except ImportError:
            return None
    return None


async def respond(
    send: Send, status: int, payload: bytes, content_type: bytes = b"application/json"
) -> None:
    """Send a whole response in two messages."""
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", content_type),
                (b"content-length", str(len(payload)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": payload, "more_body": False})
