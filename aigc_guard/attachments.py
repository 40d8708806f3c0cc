"""Text files attached to a request, read as the request.

Every API the guard reads lets a message carry a file inline, base64-encoded: a chat content
part ``{"type": "file", "file": {"file_data": "data:text/plain;base64,…"}}``, a Responses
``input_file``, an Anthropic ``document`` with a base64 source, a Gemini ``inlineData`` part. A
model reads a text file as it reads the message, so "answer the question in the file" with the
question in a ``text/plain`` attachment reached the upstream unread. :func:`read_attachments`
finds every such attachment whose media type is text (a ``data:`` URL, or a ``data`` beside a
``media_type`` / ``mimeType`` / ``mime_type``) and decodes it; the request is judged with them.
Images, PDFs and files named by id or URL are not read; the documents among them are listed
(``Attachments.unread``) for ``limits.unread_files`` to refuse.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from typing import Any

from .errors import BodyError

__all__ = ["Attachments", "is_text_media", "read_attachments"]

_DATA_URL = re.compile(r"data:([\w.+-]+/[\w.+-]+)(?:;[\w.+-]+=[\w.+-]+)*;base64,", re.ASCII)
_MEDIA_KEYS = ("media_type", "mimeType", "mime_type")
_TEXT_APPLICATIONS = frozenset(
    {
        "application/json",
        "application/xml",
        "application/x-yaml",
        "application/yaml",
        "application/javascript",
        "application/x-javascript",
        "application/sql",
        "application/csv",
        "application/x-sh",
        "application/rtf",
        "application/ld+json",
        "application/x-ndjson",
    }
)


def is_text_media(media_type: str) -> bool:
    """Whether a media type names text a model reads as text (``text/*``, JSON, YAML, …)."""
    kind = media_type.strip().lower()
    return kind.startswith("text/") or kind in _TEXT_APPLICATIONS


@dataclass(frozen=True)
class Attachments:
    """A request's files: the decoded text of each text file inline, and a description of
    each document the guard cannot read."""

    texts: list[str]
    unread: list[str]


def read_attachments(body: Any) -> Attachments:
    """One walk over a request body (document order). ``texts``: every base64 attachment of a
    text media type, decoded (:class:`BodyError` ``unreadable_attachment`` for one that does not
    decode). ``unread``: inline files of a media type that is neither text nor an image, audio
    or video (a PDF, a Word file), and files named by id or URL (a chat ``file`` part's
    ``file_id``, a Responses ``input_file``'s ``file_id`` or ``file_url``, an Anthropic
    ``document`` from a URL or a file, a Gemini ``fileData``)."""
    found = Attachments([], [])
    stack: list[Any] = [body]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(reversed(node))
        elif isinstance(node, str):
            url = _DATA_URL.match(node) if node.startswith("data:") else None
            if url is not None:
                _add(found, url.group(1), node[url.end() :])
        elif isinstance(node, dict):
            _read_dict(node, found)
            stack.extend(reversed([v for v in node.values() if isinstance(v, dict | list | str)]))
    return found


def _read_dict(node: dict[str, Any], found: Attachments) -> None:
    media = next((node[k] for k in _MEDIA_KEYS if isinstance(node.get(k), str)), None)
    data = node.get("data")
    kind = node.get("type")
    # Anthropic's "text" document source carries its text plain, not base64.
    if media is not None and isinstance(data, str) and kind in (None, "base64"):
        _add(found, media, data)
    elif kind == "input_file" and (node.get("file_id") or node.get("file_url")):
        found.unread.append("input_file by id or URL")
    elif kind == "file" and isinstance(node.get("file"), dict) and node["file"].get("file_id"):
        found.unread.append("file by id")
    elif kind == "document" and _source_type(node) in ("url", "file"):
        found.unread.append(f"document by {_source_type(node)}")
    for key in ("fileData", "file_data"):
        named = node.get(key)
        if isinstance(named, dict):
            named_media = str(named.get("mimeType") or named.get("mime_type") or "")
            if _unread_media(named_media):
                found.unread.append(f"fileData {named_media or '(no media type)'}")


def _add(found: Attachments, media: str, data: str) -> None:
    if is_text_media(media):
        found.texts.append(_decoded(data))
    elif _unread_media(media):
        found.unread.append(media)


def _source_type(document: dict[str, Any]) -> object:
    source = document.get("source")
    return source.get("type") if isinstance(source, dict) else None


def _unread_media(media_type: str) -> bool:
    kind = media_type.strip().lower()
    return not is_text_media(kind) and not kind.startswith(("image/", "audio/", "video/"))


def _decoded(data: str) -> str:
    try:
        raw = base64.b64decode("".join(data.split()), validate=True)
    except (binascii.Error, ValueError):
        raise BodyError(
            "unreadable_attachment", "aigc_guard: a text attachment is not valid base64"
        ) from None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("gb18030")  # Chinese text files saved by older editors
    except UnicodeDecodeError:
        raise BodyError(
            "unreadable_attachment",
            "aigc_guard: a text attachment is in no encoding the guard reads "
            "(UTF-8, UTF-16, GB18030)",
        ) from None
