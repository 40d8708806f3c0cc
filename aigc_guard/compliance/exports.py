"""Files the guard writes for people (console downloads, evidence bundles) carry the labels
inside them (Labeling Measures Art. 4(2)): a JSONL export starts with one ``aigc_export``
line holding the visible label's wording and the ``AIGC`` object, signed (``ReservedCode1``)
over every byte after that line when a label key is configured."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from typing import Any

from .config import ExplicitLabelConfig, ImplicitLabelConfig
from .labels import implicit_object, verify

__all__ = ["HEADER_KEY", "labelled_jsonl", "split_labelled", "verify_labelled"]

HEADER_KEY = "aigc_export"


def labelled_jsonl(
    rows: Iterable[dict[str, Any]],
    explicit: ExplicitLabelConfig | None,
    implicit: ImplicitLabelConfig | None,
) -> bytes:
    """Rows as JSONL, after a label line when the policy labels its content."""
    body = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    if explicit is None and implicit is None:
        return body.encode("utf-8")
    header: dict[str, Any] = {"label": explicit.text.model_dump() if explicit else None}
    if implicit is not None:
        header.update(implicit_object(implicit, "exp_" + uuid.uuid4().hex[:20], body))
    line = json.dumps({HEADER_KEY: header}, ensure_ascii=False) + "\n"
    return (line + body).encode("utf-8")


def split_labelled(data: str) -> tuple[dict[str, Any] | None, str]:
    """(the label line's object or None, the content after it)."""
    first, _, rest = data.partition("\n")
    try:
        found = json.loads(first)
    except json.JSONDecodeError:
        return None, data
    if isinstance(found, dict) and isinstance(found.get(HEADER_KEY), dict):
        return found[HEADER_KEY], rest
    return None, data


def verify_labelled(data: str, key: bytes) -> bool:
    """Whether a labelled export's signature matches what follows its label line."""
    header, content = split_labelled(data)
    return header is not None and "AIGC" in header and verify(header, content, key)
