"""JSON in and out at the enforcement point: one reader, one writer.

The reader refuses what two parsers could read differently — duplicate keys (first-wins
and last-wins parsers disagree), ``NaN`` and ``Infinity`` (not JSON: some parsers refuse
them, others read them), a byte-order mark, nesting deeper than a limit (a deep document
also costs recursion) — so the object the guard scans is the only reading there is. The
writer re-encodes what was parsed, so the bytes that leave are bytes the guard made from
what it read, never the sender's spelling of them. It writes with orjson (20× the standard
library on a 2 KB answer); what orjson refuses (a lone surrogate, an integer past 64 bits)
falls back to the standard library.
"""

from __future__ import annotations

import json
from typing import Any

import orjson

from .errors import BodyError

__all__ = ["DEFAULT_MAX_DEPTH", "dumps", "loads_object", "loads_value", "nesting_depth"]

DEFAULT_MAX_DEPTH = 64


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        raise _Duplicate
    return obj


class _Duplicate(ValueError):
    pass


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


# One decoder for every parse: ``json.loads`` with arguments builds a new one each call.
_DECODER = json.JSONDecoder(object_pairs_hook=_no_duplicates, parse_constant=_no_constants)


def nesting_depth(value: Any) -> int:
    """The deepest nesting of objects and arrays in ``value`` (iterative: no recursion)."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            deepest = max(deepest, depth)
            stack.extend((child, depth + 1) for child in node.values())
        elif isinstance(node, list):
            deepest = max(deepest, depth)
            stack.extend((child, depth + 1) for child in node)
    return deepest


def loads_object(
    raw: bytes | str, *, max_depth: int = DEFAULT_MAX_DEPTH, what: str = "body"
) -> dict[str, Any]:
    """Parse a JSON object strictly; :class:`BodyError` says what is wrong.

    Codes: ``invalid_encoding`` (not UTF-8, or a BOM), ``invalid_json``, ``duplicate_key``,
    ``too_deep``, ``not_an_object``.
    """
    value = loads_value(raw, max_depth=max_depth, what=what)
    if not isinstance(value, dict):
        raise BodyError("not_an_object", f"the {what} is not a JSON object")
    return value


def loads_value(
    raw: bytes | str, *, max_depth: int = DEFAULT_MAX_DEPTH, what: str = "body"
) -> dict[str, Any] | list[Any]:
    """Parse a JSON object or array as strictly as :func:`loads_object`."""
    if isinstance(raw, bytes):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise BodyError("invalid_encoding", f"the {what} is not valid UTF-8") from exc
    else:
        text = raw
    if text.startswith("\ufeff"):
        raise BodyError("invalid_encoding", f"the {what} starts with a byte-order mark")
    try:
        value = _DECODER.decode(text)
    except _Duplicate as exc:
        raise BodyError("duplicate_key", f"the {what} repeats a key in one object") from exc
    except RecursionError as exc:
        raise BodyError("too_deep", f"the {what} is nested too deeply") from exc
    except ValueError as exc:
        raise BodyError("invalid_json", f"the {what} is not valid JSON") from exc
    if not isinstance(value, dict | list):
        raise BodyError("not_an_object", f"the {what} is not a JSON object")
    # Each level opens a bracket: text with few of them (a stream chunk) needs no walk.
    brackets = text.count("{") + text.count("[")
    if brackets > max_depth and nesting_depth(value) > max_depth:
        raise BodyError("too_deep", f"the {what} is nested deeper than {max_depth} levels")
    return value


def dumps(value: Any) -> bytes:
    """UTF-8 JSON of ``value``; a lone surrogate (valid JSON, not valid UTF-8) is escaped
    rather than dropped, so the receiver reads the very string the guard scanned."""
    try:
        return orjson.dumps(value)
    except TypeError:  # orjson.JSONEncodeError: a lone surrogate, a huge integer, NaN
        pass
    text = json.dumps(value, ensure_ascii=False)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(value, ensure_ascii=True).encode("ascii")
