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
CONTEXT_CHARS = 12  # how far before a match a vouching word may stand (within the above)


@dataclass(frozen=True)
class CompiledPattern:
    name: str
    pattern: regex.Pattern[str]
    category: str
    score: float
    max_span: int
    validator: Callable[[str], bool] | None = None
    context: regex.Pattern[str] | None = None  # words just before a match that vouch for it
    in_context: Callable[[str], bool] | None = None  # the validator after them

    def accepts(self, folded: str, start: int, end: int) -> bool:
        """Whether the match ``folded[start:end]`` passes its validator, or the one that
        applies after a vouching word in the :data:`CONTEXT_CHARS` before it."""
        value = folded[start:end]
        if self.validator is None or self.validator(value):
            return True
        if self.context is None or self.in_context is None:
            return False
        vouched = self.context.search(folded, max(0, start - CONTEXT_CHARS), start)
        return vouched is not None and self.in_context(value)


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

    def _every_match(
        self, ranks: list[int], folded: str, pos: int, final: bool, deadline: float
    ) -> tuple[list[tuple[int, int, int]], int]:
        """Every complete, valid match of each pattern (overlaps kept), sorted, and where a
        match that could still grow holds the text from."""
        held = len(folded)
        spans: list[tuple[int, int, int]] = []
        for rank in ranks:
            compiled = self.patterns[rank]
            try:
                matches = list(
                    compiled.pattern.finditer(
                        folded, pos, partial=not final, timeout=_remaining(deadline)
                    )
                )
            except TimeoutError as exc:
                raise ClassifierError(self.id, "time limit exceeded") from exc
            for match in matches:
                s, e = match.span()
                if not final and (
                    match.partial or self._may_grow(compiled, folded, s, e, deadline)
                ):
                    held = min(held, max(s, len(folded) - compiled.max_span))
                    continue
                if s == e or not compiled.accepts(folded, s, e):
                    continue
                spans.append((s, e, rank))
        spans.sort()
        return spans, held

    def _leftmost_longest(
        self, ranks: list[int], folded: str, pos: int, final: bool, deadline: float
    ) -> tuple[list[tuple[int, int, int]], int]:
        """Non-overlapping matches, left to right: at each point the valid match that starts
        first, the longest of those, then the pattern declared first; the next is sought
        from its end. A stream meets values in this order, so a whole text and any split of
        it find the same ones. Where a candidate fails its validator the pattern is tried
        again one character on: ``138 1234 5678 138 1234`` is no phone number, but the
        ``138 1234`` inside it may be one."""
        held = len(folded)

        def first_valid(rank: int, at: int) -> tuple[int, int] | None:
            nonlocal held
            compiled = self.patterns[rank]
            while at <= len(folded):
                try:
                    match = compiled.pattern.search(
                        folded, at, partial=not final, timeout=_remaining(deadline)
                    )
                except TimeoutError as exc:
                    raise ClassifierError(self.id, "time limit exceeded") from exc
                if match is None:
                    return None
                s, e = match.span()
                if not final and match.partial:
                    # It runs to the end of the window, so it starts within ``max_span`` of
                    # the end: nothing after it can be released yet.
                    held = min(held, max(s, len(folded) - compiled.max_span))
                    return None
                if not final and self._may_grow(compiled, folded, s, e, deadline):
                    held = min(held, max(s, len(folded) - compiled.max_span))
                elif s < e and compiled.accepts(folded, s, e):
                    return s, e
                at = s + 1
            return None

        candidates = {rank: first_valid(rank, pos) for rank in ranks}
        spans: list[tuple[int, int, int]] = []
        while True:
            live = [(span, rank) for rank, span in candidates.items() if span is not None]
            if not live:
                return spans, held
            (s, e), rank = min(live, key=lambda c: (c[0][0], c[0][0] - c[0][1], c[1]))
            spans.append((s, e, rank))
            for other, span in candidates.items():
                if span is not None and span[0] < e:
                    candidates[other] = first_valid(other, e)

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
        ranks: list[int] = []
        for rank in range(len(self.patterns)):
            held = self._without_trigger(rank, folded, pos, final)
            if held is None:
                ranks.append(rank)
            else:
                pending_folded = min(pending_folded, held)
        if self.resolve_overlaps:
            spans, held = self._leftmost_longest(ranks, folded, pos, final, deadline)
        else:
            spans, held = self._every_match(ranks, folded, pos, final, deadline)
        pending_folded = min(pending_folded, held)
        result = [
            Finding(
                self.id,
                self.patterns[rank].category,
                self.patterns[rank].score,
                original(s),
                original_end(e),
                self.patterns[rank].name,
            )
            for s, e, rank in spans
        ]
        pending = len(text) if pending_folded >= len(folded) else original(pending_folded)
        return result, max(start, pending)


SCALE_CHARS = 64 * 1024


def time_left(deadline: float) -> float:
    """Seconds to a `time.monotonic` deadline, at least a millisecond (a regex timeout)."""
    return max(deadline - time.monotonic(), 0.001)


def _remaining(deadline: float) -> float:
    """Seconds left to a deadline; past it, the scan is over."""
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise TimeoutError
    return remaining
