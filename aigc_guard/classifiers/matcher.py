"""Multi-pattern string matchers: a compiled automaton, with a pure-Python fallback.

Measured (benchmarks/lexicon_throughput.py): daachorse's character-wise double-array
Aho-Corasick takes ``str`` and reports character offsets, so no byte ↔ character mapping
is needed. Where its wheel is missing, a dictionary trie keeps the guard working, slowly.
"""

from __future__ import annotations

import logging
import re
from typing import Protocol

log = logging.getLogger("aigc_guard.matcher")

Match = tuple[int, int, int]  # start, end (exclusive), pattern index
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")

__all__ = ["Match", "Matcher", "build_matcher"]


class Matcher(Protocol):
    backend: str

    def find_overlapping(self, text: str) -> list[Match]: ...


class _DaachorseMatcher:
    backend = "daachorse"

    def __init__(self, patterns: list[str]) -> None:
        import daachorse

        self._automaton = daachorse.CharwiseDoubleArrayAhoCorasick(patterns)

    def find_overlapping(self, text: str) -> list[Match]:
        try:
            result: list[Match] = self._automaton.find_overlapping(text)
        except UnicodeEncodeError:  # a lone surrogate (valid in JSON, not in UTF-8): one
            # character for one, so every offset stays where it was
            result = self._automaton.find_overlapping(_LONE_SURROGATE.sub("\ufffd", text))
        return result


class _TrieMatcher:
    """Dictionary trie walked from every position: O(len(text) × longest pattern)."""

    backend = "python"
    _END = ""

    def __init__(self, patterns: list[str]) -> None:
        self._root: dict[str, object] = {}
        self._longest = 0
        for index, pattern in enumerate(patterns):
            node = self._root
            for ch in pattern:
                node = node.setdefault(ch, {})  # type: ignore[assignment]
            node[self._END] = index
            self._longest = max(self._longest, len(pattern))

    def find_overlapping(self, text: str) -> list[Match]:
        found: list[Match] = []
        root = self._root
        for start in range(len(text)):
            node = root
            for end in range(start, min(len(text), start + self._longest)):
                nxt = node.get(text[end])
                if nxt is None:
                    break
                node = nxt  # type: ignore[assignment]
                index = node.get(self._END)
                if index is not None:
                    found.append((start, end + 1, index))  # type: ignore[arg-type]
        found.sort(key=lambda m: (m[1], m[0]))
        return found


def build_matcher(patterns: list[str], backend: str = "auto") -> Matcher:
    """A matcher over distinct, non-empty ``patterns`` (``auto``: daachorse if installed)."""
    if backend in ("auto", "daachorse") and patterns:
        try:
            return _DaachorseMatcher(patterns)
        except ImportError:
            if backend == "daachorse":
                raise
            log.warning("daachorse is not installed; the lexicon uses a slow Python matcher")
    return _TrieMatcher(patterns)
