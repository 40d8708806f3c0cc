"""Text files attached to a request, read as the request.

Every API the guard reads lets a message carry a file inline, base64-encoded: a chat content
part ``{"type": "file", "file": {"file_data": "data:text/plain;base64,…"}}``, a Responses
``input_file``, an Anthropic ``document`` with a base64 source, a Gemini ``inlineData`` part. A
model reads a text file as it reads the message, so "answer the question in the file" with the
question in a ``text/plain`` attachment reached the upstream unread. :func:`read_attachments`
finds every such attachment whose media type is text (a ``data:`` URL, or a ``data`` beside a
``media_type`` / ``mimeType`` / ``mime_type``) and decodes it; the request is judged with them.
Images, PDFs and files named by id or URL are not read; the documents among them are listed
(``Attachments.unread``) for ``limits.unread_files`` to refuse. Each text file knows its place
in the body, so a redaction the policy makes in it is written back as the file came.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from typing import Any

from .errors import BodyError

__all__ = ["Attachments", "TextFile", "is_text_media", "read_attachments"]

_DATA_URL = re.compile(r"data:([\w.+-]+/[\w.+-]+)(?:;[\w.+-]+=[\w.+-]+)*;base64,", re.ASCII)
_MEDIA_KEYS = ("media_type", "mimeType", "mime_type")
_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
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
class TextFile:
    """A text file attached inline: its decoded text, and where and how it is written."""

    text: str
    holder: dict[str, Any] | list[Any]  # the object or array that holds its data
    key: str | int
    prefix: str  # the data URL's head (``data:text/plain;base64,``), or "" for bare base64
    codec: str  # the encoding it was read in, and its byte-order mark: written back alike
    bom: bytes = b""

    def write(self, text: str) -> None:
        """Put ``text`` in the file's place in the body, encoded as the file was."""
        raw = self.bom + text.encode(self.codec, errors="replace")
        data = self.prefix + base64.b64encode(raw).decode("ascii")
        if isinstance(self.holder, list):
            self.holder[int(self.key)] = data
        else:
            self.holder[str(self.key)] = data


@dataclass(frozen=True)
class Attachments:
    """A request's files: each text file inline, and a description of each document the
    guard cannot read."""

    files: list[TextFile]
    unread: list[str]


def read_attachments(body: Any) -> Attachments:
    """One walk over a request body (document order). ``files``: every base64 attachment of a
    text media type, decoded (:class:`BodyError` ``unreadable_attachment`` for one that does not
    decode). ``unread``: inline files of a media type that is neither text nor an image, audio
    or video (a PDF, a Word file), and files named by id or URL (a chat ``file`` part's
    ``file_id``, a Responses ``input_file``'s ``file_id`` or ``file_url``, an Anthropic
    ``document`` from a URL or a file, a Gemini ``fileData``)."""
    found = Attachments([], [])
    stack: list[tuple[Any, dict[str, Any] | list[Any] | None, str | int]] = [(body, None, 0)]
    while stack:
        node, holder, key = stack.pop()
        if isinstance(node, list):
            stack.extend(reversed([(v, node, i) for i, v in enumerate(node)]))
        elif isinstance(node, str) and holder is not None and node.startswith("data:"):
            url = _DATA_URL.match(node)
            if url is not None:
                _add(found, url.group(1), node[url.end() :], holder, key, node[: url.end()])
        elif isinstance(node, dict):
            _read_dict(node, found)
            stack.extend(
                reversed(
                    [(v, node, k) for k, v in node.items() if isinstance(v, dict | list | str)]
                )
            )
    return found


def _read_dict(node: dict[str, Any], found: Attachments) -> None:
    media = next((node[k] for k in _MEDIA_KEYS if isinstance(node.get(k), str)), None)
    data = node.get("data")
    kind = node.get("type")
    # Anthropic's "text" document source carries its text plain, not base64.
    if media is not None and isinstance(data, str) and kind in (None, "base64"):
        _add(found, media, data, node, "data", "")
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


def _add(
    found: Attachments,
    media: str,
    data: str,
    holder: dict[str, Any] | list[Any],
    key: str | int,
    prefix: str,
) -> None:
    if is_text_media(media):
        text, codec, bom = _decoded(data)
        found.files.append(TextFile(text, holder, key, prefix, codec, bom))
    elif _unread_media(media):
        found.unread.append(media)


def _source_type(document: dict[str, Any]) -> object:
    source = document.get("source")
    return source.get("type") if isinstance(source, dict) else None


def _unread_media(media_type: str) -> bool:
    kind = media_type.strip().lower()
    return not is_text_media(kind) and not kind.startswith(("image/", "audio/", "video/"))


def _decoded(data: str) -> tuple[str, str, bytes]:
    """The text of a base64 file, the codec that reads it and its byte-order mark."""
    try:
        raw = base64.b64decode("".join(data.split()), validate=True)
    except (binascii.Error, ValueError):
        raise BodyError(
            "unreadable_attachment", "aigc_guard: a text attachment is not valid base64"
        ) from None
    for bom, codec in _UTF16_BOMS:
        if raw.startswith(bom):
            return raw[len(bom) :].decode(codec, errors="replace"), codec, bom
    try:
        return raw.decode("utf-8-sig"), "utf-8", _UTF8_BOM if raw.startswith(_UTF8_BOM) else b""
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("gb18030"), "gb18030", b""  # Chinese files saved by older editors
    except UnicodeDecodeError:
        raise BodyError(
            "unreadable_attachment",
            "aigc_guard: a text attachment is in no encoding the guard reads "
            "(UTF-8, UTF-16, GB18030)",
        ) from None
