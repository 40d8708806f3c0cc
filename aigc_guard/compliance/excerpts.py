"""Excerpts of audited answers for reviewers: the text around each finding, with the
findings marked, and masked unless the raw text (evidence) may be shown.

An excerpt is a list of segments, ``{"text": str}`` or ``{"text": str, "mark": i}`` where
``i`` is the finding's index in the audit record; it is stored as JSON and rendered by the
console, which escapes every segment.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..classifiers.base import Finding

__all__ = ["MASK", "TEXT_SEPARATOR", "excerpt", "place_findings"]

MASK = "■"
TEXT_SEPARATOR = "\n"
GAP = " … "


def place_findings(texts: Sequence[str], per_text: Sequence[Sequence[Finding]]) -> list[Finding]:
    """Findings with offsets into the texts joined by :data:`TEXT_SEPARATOR`."""
    placed: list[Finding] = []
    offset = 0
    for text, found in zip(texts, per_text, strict=False):
        placed.extend(f.shifted(offset) for f in found)
        offset += len(text) + len(TEXT_SEPARATOR)
    return placed


def excerpt(
    content: str,
    findings: Sequence[dict[str, Any]],
    *,
    context: int = 40,
    reveal: bool = False,
    max_chars: int = 2000,
) -> list[dict[str, Any]]:
    """Segments of ``content`` around the findings' spans (as audit records store them).

    Findings about the whole text (no span) show the text's first ``2 * context``
    characters. Overlapping spans are marked once, by the first finding.
    """
    spans: list[tuple[int, int, int]] = []
    for index, finding in enumerate(findings):
        start, end = finding.get("start"), finding.get("end")
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(content):
            spans.append((start, end, index))
    spans.sort()
    if not spans:
        return [{"text": content[: 2 * context]}] if content and findings else []

    windows: list[list[int]] = []
    for start, end, _ in spans:
        low, high = max(start - context, 0), min(end + context, len(content))
        if windows and low <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], high)
        else:
            windows.append([low, high])

    segments: list[dict[str, Any]] = []
    used = 0
    for number, (low, high) in enumerate(windows):
        if used >= max_chars:
            segments.append({"text": GAP})
            break
        if number or low > 0:
            segments.append({"text": GAP})
        cursor = low
        for start, end, index in spans:
            if end <= cursor or start >= high:
                continue
            start = max(start, cursor)
            if start > cursor:
                segments.append({"text": content[cursor:start]})
            shown = content[start:end] if reveal else MASK * (end - start)
            segments.append({"text": shown, "mark": index})
            cursor = end
        if cursor < high:
            segments.append({"text": content[cursor:high]})
        used += high - low
    if windows[-1][1] < len(content) and segments[-1]["text"] != GAP:
        segments.append({"text": GAP})
    return segments
