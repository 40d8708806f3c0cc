"""One canonical request target: the path the policy matches is the path that is forwarded.

HTTP clients and servers disagree about paths: httpx removes dot segments, many servers
merge duplicate slashes, ignore a trailing slash, decode ``%7E`` or route case-insensitively.
A guard that matches the path as sent and forwards it as written can be walked around
(``/v1/chat/completions/x/..`` reaches the upstream as ``/v1/chat/completions``). So every
path is normalised once, here (RFC 3986 §6.2.2: percent-encoding of unreserved characters
decoded, hex upper-cased, dot segments removed; duplicate slashes merged, a trailing slash
dropped) and the request goes on with exactly that path. Policies match it case-insensitively;
what cannot be normalised safely (an encoded ``/``, ``\\`` or control character, a dot
segment above the root, bad percent-encoding) is refused.
"""

from __future__ import annotations

import re
import string
from urllib.parse import unquote

from .errors import BodyError

__all__ = ["canonical_path", "lenient_paths"]

_UNRESERVED = frozenset(string.ascii_letters + string.digits + "-._~")
_HEX = frozenset(string.hexdigits)
# Bytes that are refused anywhere in a path, raw or percent-encoded: separators a server may
# read as a segment boundary, and control characters.
_FORBIDDEN = frozenset({0x2F, 0x5C}) | frozenset(range(0x20)) | {0x7F}
_MAX_PATH = 8192
_MALFORMED_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _refused(reason: str) -> BodyError:
    return BodyError("invalid_path", f"aigc_guard: the request path {reason}")


def _segment(raw: str) -> str:
    """One path segment with unreserved characters decoded and other escapes normalised."""
    if "%" not in raw and "\\" not in raw and raw.isascii() and raw.isprintable():
        return raw  # nothing to decode and nothing forbidden: the common case
    out: list[str] = []
    i = 0
    while i < len(raw):
        char = raw[i]
        if char == "%":
            pair = raw[i + 1 : i + 3]
            if len(pair) != 2 or not set(pair) <= _HEX:
                raise _refused("has a malformed percent-escape")
            byte = int(pair, 16)
            if byte in _FORBIDDEN:
                raise _refused("encodes a separator or control character")
            decoded = chr(byte)
            out.append(decoded if decoded in _UNRESERVED else "%" + pair.upper())
            i += 3
            continue
        if ord(char) in _FORBIDDEN or ord(char) > 0x7E:
            raise _refused("has a character that must be percent-encoded")
        out.append(char)
        i += 1
    return "".join(out)


def canonical_path(raw_path: bytes) -> str:
    """The normalised form of a request's raw path (without its query); raises
    :class:`BodyError` (code ``invalid_path``) when it cannot be normalised safely."""
    if len(raw_path) > _MAX_PATH:
        raise _refused("is too long")
    try:
        text = raw_path.decode("ascii")
    except UnicodeDecodeError as exc:
        raise _refused("is not ASCII") from exc
    if not text.startswith("/"):
        raise _refused("does not start with '/'")
    segments: list[str] = []
    for part in text.split("/")[1:]:
        segment = _segment(part)
        if segment in ("", "."):
            continue
        if segment == "..":
            if not segments:
                raise _refused("climbs above the root")
            segments.pop()
            continue
        segments.append(segment)
    return "/" + "/".join(segments)


def lenient_paths(raw_path: bytes) -> list[str]:
    """Generous readings of a path that servers make: cut at a malformed escape or a control
    character (as C servers do), every other escape decoded, with and without ``\\`` read as
    ``/``, dot segments resolved and clamped at the root. If any of them reaches a guarded
    route, a path the guard cannot normalise is refused."""
    text = raw_path.decode("latin-1")
    text = _MALFORMED_ESCAPE.split(text, 1)[0]
    text = _CONTROL.split(unquote(text), 1)[0]
    return [_resolved(text), _resolved(text.replace("\\", "/"))]


def _resolved(text: str) -> str:
    segments: list[str] = []
    for segment in text.split("/"):
        if segment in ("", "."):
            continue
        if segment == "..":
            if segments:
                segments.pop()
            continue
        segments.append(segment)
    return "/" + "/".join(segments)
