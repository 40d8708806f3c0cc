"""Reading a request on a guarded path: bounded, decoded, parsed strictly, or refused.

A request the guard cannot read is never forwarded: whatever the upstream would make of it
(a gzip body, bytes that are not UTF-8, a key spelled ``Messages`` that a lenient upstream
reads as ``messages``) is text the guard did not scan.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from . import jsonio
from .errors import BodyError
from .http import DecodedTooLarge, Receive, body_decoder, get_header
from .policy.schema import LimitsConfig

__all__ = ["TEXT_KEYS", "decode_request", "read_body"]

# Keys that carry or hold text in the APIs the guard reads. A request that spells one of them
# with other letter case is refused: some upstreams match keys case-insensitively, and the
# guard would have scanned nothing.
TEXT_KEYS = frozenset(
    {
        "messages",
        "message",
        "content",
        "contents",
        "text",
        "prompt",
        "input",
        "instructions",
        "system",
        "parts",
        "output",
        "arguments",
        "suffix",
        "role",
        "type",
        "tool_calls",
        "function_call",
    }
)


async def read_body(receive: Receive, limit: int) -> bytes | None:
    """The whole request body (``None`` if the client disconnected); over ``limit`` bytes
    raises :class:`BodyError` ``request_too_large`` without reading further."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return None
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise BodyError("request_too_large", "the request body is too large to scan")
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


def decode_request(
    raw: bytes, headers: Iterable[tuple[bytes, bytes]], limits: LimitsConfig
) -> dict[str, Any]:
    """The request body as one JSON object, decompressed within the size limit."""
    header_list = list(headers)
    encoding = get_header(header_list, b"content-encoding")
    decoder = body_decoder(encoding, limits.max_request_bytes)
    if decoder is None:
        raise BodyError("unsupported_encoding", "the request's content-encoding is not supported")
    try:
        data = decoder.decompress(raw) + decoder.flush()
    except DecodedTooLarge as exc:
        raise BodyError("request_too_large", "the request body is too large to scan") from exc
    except Exception as exc:  # zlib.error, brotli.error: each codec has its own
        raise BodyError("invalid_encoding", "the request body could not be decompressed") from exc
    content_type = (get_header(header_list, b"content-type") or b"").lower()
    charset = _charset(content_type)
    if charset not in ("utf-8", "utf8"):
        raise BodyError("invalid_encoding", f"the request's charset {charset!r} is not UTF-8")
    body = jsonio.loads_object(data, max_depth=limits.max_json_depth, what="request")
    check_key_spelling(body)
    return body


def check_key_spelling(body: dict[str, Any]) -> None:
    """Refuse keys that differ from a text key only in letter case, or two keys equal but for
    case (which one an upstream reads is its choice, not ours) — at the top level and inside
    the conversation (``messages``, ``input``, …). Schemas and tool definitions elsewhere
    (``response_format``, ``tools``) may name their properties as they like."""
    stack: list[Any] = [body]
    top = True
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            folded: set[str] = set()
            for key, value in node.items():
                lower = key.lower()
                if lower in folded or (lower in TEXT_KEYS and key != lower):
                    raise BodyError(
                        "ambiguous_key",
                        "the request spells a key in other letter case; keys are lower case",
                    )
                folded.add(lower)
                if isinstance(value, dict | list) and (not top or lower in TEXT_KEYS):
                    stack.append(value)
        elif isinstance(node, list):
            stack.extend(v for v in node if isinstance(v, dict | list))
        top = False


def _charset(content_type: bytes) -> str:
    for part in content_type.split(b";")[1:]:
        name, _, value = part.strip().partition(b"=")
        if name.strip() == b"charset" and value:
            return value.strip(b"\"' ").decode("latin-1").lower()
    return "utf-8"
