"""Shared engine of the regex and PII classifiers: patterns scanned with a time limit.

The stream guard needs to know where a match could still begin. The ``regex`` module's
*partial* matching answers exactly that: a match that runs into the end of the text is
reported as partial, so the hold-back is only as long as a possible match, usually a few
characters. A complete match is not final either while the rest of the text could still
belong to a longer match (``6222 0212 3456 7890 `` may go on with ``128``): a partial
``fullmatch`` from the match's start over the whole tail tells.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import regex

from ..errors import ClassifierError
from ..normalize import FoldMap, FoldMode, get_normalizer
from .base import Finding, SpanClassifier

__all__ = ["CompiledPattern", "PatternClassifier"]

LOOKBEHIND_CONTEXT = 16  # characters before ``start`` a window keeps for lookbehinds


@dataclass(frozen=True)
class CompiledPattern:
    name: str
    pattern: regex.Pattern[str]
    category: str
    score: float
    max_span: int
    validator: Callable[[str], bool] | None = None


class PatternClassifier(SpanClassifier):
    """Scans folded text with a list of :class:`CompiledPattern`."""

    fold_mode: FoldMode = FoldMode.WIDTH
    resolve_overlaps = False
    patterns: list[CompiledPattern]

    @property
    def max_span(self) -> int:
        return max((p.max_span for p in self.patterns), default=1)

    def categories(self) -> frozenset[str]:
        return frozenset(p.category for p in self.patterns)

    def scan(self, text: str, start: int = 0) -> list[Finding]:
        return self._scan(text, start, final=True)[0]

    def pending(self, text: str, start: int = 0) -> int:
        return self._scan(text, start, final=False)[1]

    def scan_window(self, text: str, start: int) -> tuple[list[Finding], int]:
        return self._scan(text, start, final=False)

    def _quiet(self, folded: str, pos: int, final: bool) -> int | None:
        """A cheaper answer than any regex, when a subclass knows one: the folded index from
        which a match could still begin when ``folded[pos:]`` cannot hold a complete match;
        ``None`` to scan."""
        return None

    def _without_trigger(self, rank: int, folded: str, pos: int, final: bool) -> int | None:
        """When pattern ``rank`` cannot have a complete match in ``folded[pos:]`` (a subclass
        knows its triggers), where a partial one could still begin (``len(folded)``: nowhere);
        ``None`` to run the pattern."""
        return None

    def _first_possible(self, folded: str, pos: int, final: bool, deadline: float) -> int | None:
        """One search for every pattern at once, the common case's only regex call.

        ``None``: a complete match may exist, scan pattern by pattern. Otherwise the folded
        index where a match could still begin (``len(folded)``: nowhere): the leftmost
        candidate is partial, so any complete match starts after it and is not final yet.
        """
        combined = self._combined()
        if combined is None:
            return None
        try:
            found = combined.search(folded, pos, partial=not final, timeout=time_left(deadline))
        except TimeoutError:
            return None
        if found is None:
            return len(folded)
        if found.partial:
            return max(found.start(), len(folded) - self.max_span)
        return None

    def _combined(self) -> regex.Pattern[str] | None:
        """All patterns as one alternation (when they share their flags and the alternation
        compiles: two patterns may name the same group), built once."""
        if "_combined_pattern" not in self.__dict__:
            flags = {p.pattern.flags for p in self.patterns}
            joined = "|".join(f"(?:{p.pattern.pattern})" for p in self.patterns)
            combined = None
            if len(flags) == 1:
                try:
                    combined = regex.compile(joined, flags.pop())
                except regex.error:
                    combined = None  # each pattern alone, as when flags differ
            self.__dict__["_combined_pattern"] = combined
        found: regex.Pattern[str] | None = self.__dict__["_combined_pattern"]
        return found

    @staticmethod
    def _may_grow(
        compiled: CompiledPattern, folded: str, start: int, end: int, deadline: float
    ) -> bool:
        """Could more text turn this complete match into a longer one?"""
        if len(folded) - end >= compiled.max_span:
            return False
        try:
            probe = compiled.pattern.fullmatch(
                folded, start, partial=True, timeout=time_left(deadline)
            )
        except TimeoutError:
            return True
        return probe is not None

    def _fold(self, window: str) -> str:
        return get_normalizer(self.fold_mode).fold(window)

    def _scan(self, text: str, start: int, final: bool) -> tuple[list[Finding], int]:
        window_start = max(0, start - LOOKBEHIND_CONTEXT)
        window = text[window_start:]
        folded = self._fold(window)
        same = folded is window or folded == window
        maps: list[FoldMap] = []  # the offset map, built the first time an offset is needed

        def fold_map() -> FoldMap:
            if not maps:
                maps.append(get_normalizer(self.fold_mode).fold_map(window))
            return maps[0]

        def original(index: int) -> int:
            if same:
                return index + window_start
            return fold_map().original(index) + window_start

        def original_end(index: int) -> int:
            if same:
                return index + window_start
            return fold_map().original_end(index) + window_start

        offset = start - window_start
        pos = offset if same or not offset else fold_map().folded(offset)
        quiet = self._quiet(folded, pos, final)
        if quiet is not None:
            return [], max(start, len(text) if quiet >= len(folded) else original(quiet))
        # The time limit guards against runaway patterns; it grows with the text, so a large
        # benign text is not blocked only for being large.
        deadline = time.monotonic() + self.timeout * max(1.0, len(folded) / SCALE_CHARS)
        first = self._first_possible(folded, pos, final, deadline)
        if first is not None:
            return [], max(start, len(text) if first >= len(folded) else original(first))
        pending_folded = len(folded)
        findings: list[tuple[Finding, int]] = []
        for rank, compiled in enumerate(self.patterns):
            held = self._without_trigger(rank, folded, pos, final)
            if held is not None:
                pending_folded = min(pending_folded, held)
                continue
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise ClassifierError(self.id, "time limit exceeded")
            try:
                matches = list(
                    compiled.pattern.finditer(folded, pos, partial=not final, timeout=remaining)
                )
            except TimeoutError as exc:
                raise ClassifierError(self.id, "time limit exceeded") from exc
            for match in matches:
                s, e = match.span()
                if not final and (
                    match.partial or self._may_grow(compiled, folded, s, e, deadline)
                ):
                    pending_folded = min(pending_folded, max(s, len(folded) - compiled.max_span))
                    continue
                if s == e:
                    continue
                if compiled.validator is not None and not compiled.validator(match.group()):
                    continue
                finding = Finding(
                    self.id,
                    compiled.category,
                    compiled.score,
                    original(s),
                    original_end(e),
                    compiled.name,
                )
                findings.append((finding, rank))
        if self.resolve_overlaps:
            result = _resolve_overlaps(findings)
        else:
            result = sorted((f for f, _ in findings), key=lambda f: (f.start or 0, f.end or 0))
        pending = len(text) if pending_folded >= len(folded) else original(pending_folded)
        return result, max(start, pending)


SCALE_CHARS = 64 * 1024


def time_left(deadline: float) -> float:
    """Seconds to a `time.monotonic` deadline, at least a millisecond (a regex timeout)."""
    return max(deadline - time.monotonic(), 0.001)


def _resolve_overlaps(findings: list[tuple[Finding, int]]) -> list[Finding]:
    """Leftmost-longest: of overlapping findings keep the one that starts first, the longest
    of those that start together, then the entity declared first. A stream meets values left
    to right, so this is the choice it can make too: with "longest anywhere", ``138 1234 5678
    138 1234 5678 …`` read whole let a phone number glued across two mobiles ("5678 138 1234
    5678") push out the second mobile and leave its head unmasked, where the stream masked it."""
    ordered = sorted(
        findings,
        key=lambda fr: (fr[0].start or 0, -((fr[0].end or 0) - (fr[0].start or 0)), fr[1]),
    )
    kept: list[Finding] = []
    for finding, _ in ordered:
        assert finding.start is not None and finding.end is not None
        if all(finding.end <= k.start or finding.start >= k.end for k in kept):  # type: ignore[operator]
            kept.append(finding)
    kept.sort(key=lambda f: (f.start or 0, f.end or 0))
    return kept
