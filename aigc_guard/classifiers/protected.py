"""``type: protected_text``: long verbatim overlaps with a protected corpus (Interim Measures
Art. 4(3): intellectual property and trade secrets).

The corpus (every ``.txt`` and ``.md`` file under ``folder``) is indexed once by *winnowing*
(Schleimer et al., 2003): each document's text, case-folded and without white space, is cut
into ``g``-character grams; of every ``w`` consecutive grams the smallest hash is kept, with
``g + w - 1 = min_chars``, so any shared stretch of ``min_chars`` characters contains a kept
gram. A scan hashes every gram of the answer once (linear time), looks each up, and extends a
hit character by character in both texts to the exact overlap; overlaps of at least
``min_chars`` characters are findings. In streams the last ``min_chars - 1`` characters are
held: an overlap that begins before them is already whole enough to be seen.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import Any

from pydantic import Field

from .base import BuildContext, ClassifierOptions, Finding, SpanClassifier

__all__ = ["ProtectedTextClassifier", "ProtectedTextOptions"]

SUFFIXES = (".txt", ".md")


class ProtectedTextOptions(ClassifierOptions):
    type: str = "protected_text"
    folder: str = Field(description="Folder of protected documents, relative to the policy.")
    min_chars: int = Field(
        default=50, ge=16, description="Shortest overlap reported (white space not counted)."
    )
    category: str = Field(default="A3-a", description="TC260: infringing intellectual property.")


def _folded(text: str) -> tuple[str, list[int]]:
    """The text case-folded without white space, and each kept character's original index."""
    kept: list[str] = []
    where: list[int] = []
    for index, char in enumerate(text):
        if not char.isspace():
            kept.append(char.lower())
            where.append(index)
    return "".join(kept), where


class ProtectedTextClassifier(SpanClassifier):
    type_name = "protected_text"
    Options = ProtectedTextOptions

    def __init__(self, classifier_id: str, options: ProtectedTextOptions, files: list[Path]):
        super().__init__(classifier_id, options)
        self.options: ProtectedTextOptions = options
        self.gram = max(8, options.min_chars // 2)
        self.window = options.min_chars - self.gram + 1
        self.files = files
        self.documents: list[str] = []
        self.index: dict[int, list[tuple[int, int]]] = {}  # gram hash → (document, position)
        for path in files:
            self._add(path.read_text(encoding="utf-8", errors="replace"))

    @classmethod
    def build(
        cls, classifier_id: str, raw: dict[str, Any], context: BuildContext
    ) -> ProtectedTextClassifier:
        options = ProtectedTextOptions.model_validate(raw)
        folder = context.base_dir / options.folder
        if not folder.is_dir():
            raise ValueError(f"protected-text folder {folder} does not exist")
        files = sorted(p for p in folder.rglob("*") if p.suffix in SUFFIXES and p.is_file())
        return cls(classifier_id, options, files)

    def _add(self, text: str) -> None:
        folded, _ = _folded(text)
        number = len(self.documents)
        self.documents.append(folded)
        hashes = [hash(folded[i : i + self.gram]) for i in range(len(folded) - self.gram + 1)]
        window: deque[int] = deque()  # positions of increasing hashes: the window's minimum first
        last_kept = -1
        for position, value in enumerate(hashes):
            while window and hashes[window[-1]] >= value:
                window.pop()
            window.append(position)
            if window[0] <= position - self.window:
                window.popleft()
            if position >= self.window - 1 and window[0] != last_kept:
                last_kept = window[0]
                self.index.setdefault(hashes[last_kept], []).append((number, last_kept))

    def source_files(self) -> list[Path]:
        return list(self.files)

    def categories(self) -> frozenset[str]:
        return frozenset({self.options.category})

    @property
    def max_span(self) -> int:
        return self.options.min_chars

    def pending(self, text: str, start: int = 0) -> int:
        folded, where = _folded(text[start:])
        keep = self.options.min_chars - 1
        if len(folded) <= keep:
            return start
        return start + where[len(folded) - keep]

    def scan(self, text: str, start: int = 0) -> list[Finding]:
        folded, where = _folded(text[start:])
        gram, spans = self.gram, []
        covered = 0  # folded positions before this are inside a reported overlap
        for position in range(len(folded) - gram + 1):
            if position < covered:
                continue
            for document, at in self.index.get(hash(folded[position : position + gram]), ()):
                begin, end = self._extend(folded, position, self.documents[document], at)
                if end - begin >= self.options.min_chars:
                    spans.append((begin, end))
                    covered = max(covered, end)
        findings = []
        for begin, end in _merged(spans):
            findings.append(
                Finding(
                    self.id,
                    self.options.category,
                    1.0,
                    start + where[begin],
                    start + where[end - 1] + 1,
                    label=f"overlap of {end - begin} characters",
                )
            )
        return findings

    @staticmethod
    def _extend(answer: str, at: int, document: str, doc_at: int) -> tuple[int, int]:
        """The exact common stretch around a gram both texts hold (answer positions)."""
        back = 0
        while (
            at - back > 0
            and doc_at - back > 0
            and answer[at - back - 1] == document[doc_at - back - 1]
        ):
            back += 1
        ahead = 0
        while (
            at + ahead < len(answer)
            and doc_at + ahead < len(document)
            and (answer[at + ahead] == document[doc_at + ahead])
        ):
            ahead += 1
        return at - back, at + ahead


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for begin, end in sorted(spans):
        if merged and begin <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((begin, end))
    return merged
