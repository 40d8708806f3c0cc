"""Reading the text files a policy names: UTF-8 (a BOM is fine), errors with file and line."""

from __future__ import annotations

from pathlib import Path

from .errors import PolicyError

__all__ = ["read_utf8"]


def read_utf8(path: Path, what: str) -> str:
    """The file's text; a :class:`PolicyError` naming ``what``, the file and the line if not."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PolicyError(f"cannot read {what}: {exc.strerror or exc}", file=str(path)) from exc
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise PolicyError(f"{what} is not UTF-8", file=str(path), line=line) from exc
