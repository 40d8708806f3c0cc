"""Lexicon classifier: terms from files, matched on folded text with an automaton.

File format: one term a line, ``#`` starts a comment, optional tab-separated category and
severity (``low``/``medium``/``high`` or a number in 0..1, which becomes the score)::

    大麻\tA1-h\thigh
    赌博网站

An allowlist suppresses a match that a longer (or equal) allowed term covers: ``大麻烦``
keeps ``大麻`` from firing. Latin and digit terms only match whole words, and a mixed term
that starts with a Latin letter or digit starts a word (``a片`` not in ``mRNA片段``). With
``word_boundary: true``, Chinese terms must also start and end on a word boundary of a
jieba segmentation, so ``口交`` does not fire inside ``路口交通``.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal, NamedTuple

import regex
from pydantic import Field

from ..errors import PolicyError
from ..normalize import FoldMode, get_normalizer
from ..textfiles import read_utf8
from .base import (
    BATCH_SEPARATOR,
    BuildContext,
    ClassifierOptions,
    Finding,
    SpanClassifier,
    SpanScanner,
    batch_candidates,
)
from .matcher import Matcher, build_matcher

__all__ = ["LexiconClassifier", "LexiconOptions", "read_term_file"]

SEVERITY_SCORES = {"low": 0.5, "medium": 0.8, "high": 1.0}
SEGMENT_CONTEXT = 6  # folded characters of context on each side for jieba


class LexiconOptions(ClassifierOptions):
    type: str = "lexicon"
    files: list[str] = Field(
        default_factory=list, description="Term files, relative to the policy."
    )
    terms: list[str] = Field(default_factory=list, description="Inline terms.")
    allow_files: list[str] = Field(default_factory=list)
    allow: list[str] = Field(default_factory=list, description="Inline allowlist terms.")
    category: str = Field(default="lexicon", description="Category of terms that name none.")
    severity: str = "high"
    word_boundary: bool = Field(default=False, description="Chinese word boundaries (jieba).")
    matcher: str = Field(default="auto", pattern="^(auto|daachorse|python)$")
    allow_empty: bool = Field(
        default=False,
        description="Accept a lexicon with no terms (else refused, also on reload: an "
        "emptied file must not switch the check off silently).",
    )
    pinyin: Literal["off", "low", "medium", "high"] = Field(
        default="off",
        description="Also match the Chinese terms of this severity and above with any of their "
        "characters written in toneless pinyin (提炼冰du, bing毒, tilianbingdu): the evasion "
        "that keyword filters meet most after spacing and look-alikes.",
    )
    skip_pretexts: bool = Field(
        default=False,
        description="In a request, find nothing inside a pretext clause (…, I'm a nurse; "
        "aigc_guard.pretexts): for terms that say who asks, not what is asked.",
    )


class Term(NamedTuple):
    text: str
    category: str
    score: float


def _score(value: str, where: str) -> float:
    if value in SEVERITY_SCORES:
        return SEVERITY_SCORES[value]
    try:
        score = float(value)
    except ValueError:
        raise PolicyError(
            f"unknown severity {value!r} (low, medium, high or 0..1)", file=where
        ) from None
    if not 0.0 <= score <= 1.0:
        raise PolicyError(f"severity {score} is outside 0..1", file=where)
    return score


_new_term = tuple.__new__  # a NamedTuple built without its Python-level __new__ (100,000 terms)


def read_term_file(path: Path, category: str, severity: str) -> list[Term]:
    """Read one term file; errors name the file and the line."""
    content = read_utf8(path, "term file")
    if "#" not in content and "\t" not in content:  # bare terms only: one pass in C
        bare = [line for line in map(str.strip, content.splitlines()) if line]
        if not bare:
            return []
        score = _score(severity, f"{path}:1")
        return [_new_term(Term, (term, category, score)) for term in bare]
    terms: list[Term] = []
    default_score: float | None = None
    for number, raw_line in enumerate(content.splitlines(), start=1):
        if "#" not in raw_line and "\t" not in raw_line:  # a bare term: most lines
            term = raw_line.strip()
            if term:
                if default_score is None:
                    default_score = _score(severity, f"{path}:{number}")
                terms.append(_new_term(Term, (term, category, default_score)))
            continue
        if raw_line.startswith("\\#"):  # an escaped '#' starts a term
            stripped = raw_line[1:]
        else:
            stripped = raw_line.split("#", 1)[0].rstrip()
        if not stripped.strip():
            continue
        fields = stripped.split("\t")
        where = f"{path}:{number}"
        term_category = fields[1].strip() if len(fields) > 1 and fields[1].strip() else category
        term_severity = fields[2].strip() if len(fields) > 2 and fields[2].strip() else severity
        terms.append(Term(fields[0].strip(), term_category, _score(term_severity, where)))
    return terms


_HAN_TERM = regex.compile(r"\p{Han}{2,12}")
PINYIN_SUBSETS_UP_TO = 6  # every mix of characters and pinyin for terms this long; longer: one
MIN_LATIN_LETTERS = 6  # a term spelt all in pinyin only when that many letters (not "dupin")


def pinyin_spellings(terms: list[Term], min_score: float) -> list[Term]:
    """The Chinese terms scoring ``min_score`` or more, each with some or all of its
    characters written in toneless pinyin: 提炼冰毒 → 提炼冰du, tilian冰毒, tilianbingdu."""
    from pypinyin import lazy_pinyin

    spelt: list[Term] = []
    for term in terms:
        if term.score < min_score or not _HAN_TERM.fullmatch(term.text):
            continue
        syllables = lazy_pinyin(term.text)
        if len(syllables) != len(term.text):
            continue
        size = len(term.text)
        masks: list[int] = (
            list(range(1, 2**size))
            if size <= PINYIN_SUBSETS_UP_TO
            else [1 << i for i in range(size)] + [2**size - 1]
        )
        for mask in masks:
            text = "".join(
                syllables[i] if mask >> i & 1 else char for i, char in enumerate(term.text)
            )
            if text.isascii() and len(text) < MIN_LATIN_LETTERS:
                continue
            spelt.append(Term(text, term.category, term.score))
    return spelt


_LATIN_START, _LATIN_END = 1, 2


def _latin_start(pattern: str) -> int:
    """``_LATIN_START`` for a mixed term that starts with a Latin letter or digit, else 0."""
    if pattern.isascii() or not (pattern[:1].isascii() and pattern[:1].isalnum()):
        return 0
    return _LATIN_START


def _is_word_char(ch: str) -> bool:
    if ch.isascii():
        return ch.isalnum()
    folded = unicodedata.normalize("NFKC", ch)
    return bool(folded) and folded[-1].isascii() and folded[-1].isalnum()


def _is_invisible(ch: str) -> bool:
    return not ch.isascii() and unicodedata.category(ch) in ("Cf", "Mn", "Me")


@functools.cache
def _jieba_tokenizer() -> Any:
    import jieba

    jieba.setLogLevel(60)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


class LexiconClassifier(SpanClassifier):
    """Terms and an allowlist compiled into one automaton over lexicon-folded text."""

    type_name = "lexicon"
    Options = LexiconOptions

    def __init__(
        self,
        classifier_id: str,
        options: LexiconOptions,
        terms: list[Term],
        allowed: list[str],
    ) -> None:
        super().__init__(classifier_id, options)
        self._skips_pretexts = options.skip_pretexts
        self._normalizer = get_normalizer(FoldMode.LEXICON)
        patterns: list[str] = []
        meta: list[Term | None] = []  # None marks an allowlist pattern
        seen: set[str] = set()
        for folded in self._fold_all(allowed):
            if folded and folded not in seen:
                seen.add(folded)
                patterns.append(folded)
                meta.append(None)
        self.term_count = 0
        for term, folded in zip(terms, self._fold_all([t.text for t in terms]), strict=True):
            if not folded or folded in seen:
                continue
            seen.add(folded)
            patterns.append(folded)
            meta.append(term)  # the entry as written, for reviewers
            self.term_count += 1
        self._meta = meta
        self._patterns = patterns
        self._files: list[Path] = []
        self._backend_name = options.matcher
        self._ascii_word = [p.isascii() and p.isalnum() for p in patterns]
        # A Latin word matches whole; a mixed term starts on a word boundary when it starts
        # with a Latin letter or digit — "a片" not inside "mRNA片段", "K粉" not in "OK粉丝" —
        # and may run on at its end (contact ads: 加wx123).
        self._latin_edges = [
            _LATIN_START | _LATIN_END if word else _latin_start(p)
            for p, word in zip(patterns, self._ascii_word, strict=True)
        ]
        self._matcher = build_matcher(patterns, options.matcher)
        self._longest = max((len(p) for p in patterns), default=1)
        self._categories = frozenset(t.category for t in meta if t is not None)
        self._context = SEGMENT_CONTEXT if options.word_boundary else 0
        if options.word_boundary:
            _jieba_tokenizer()

    def _fold_all(self, texts: list[str]) -> list[str]:
        """Fold many terms in one C call (one line each: terms never hold a line break)."""
        folded = self._normalizer.fold("\r".join(texts)).split("\n") if texts else []
        if len(folded) == len(texts):
            return folded
        return [self._normalizer.fold(text) for text in texts]

    @classmethod
    def build(
        cls, classifier_id: str, raw: dict[str, Any], context: BuildContext
    ) -> LexiconClassifier:
        options = LexiconOptions.model_validate(raw)
        terms = [
            Term(t, options.category, _score(options.severity, "terms")) for t in options.terms
        ]
        for name in options.files:
            terms.extend(
                read_term_file(context.base_dir / name, options.category, options.severity)
            )
        if not terms and not options.allow_empty:
            raise PolicyError(
                "the lexicon has no terms (no 'terms', and its 'files' are empty); "
                "set allow_empty: true if that is intended",
                field="files" if options.files else "terms",
            )
        if options.pinyin != "off":
            terms.extend(pinyin_spellings(terms, SEVERITY_SCORES[options.pinyin]))
        allowed = list(options.allow)
        for name in options.allow_files:
            allowed.extend(t.text for t in read_term_file(context.base_dir / name, "allow", "low"))
        classifier = cls(classifier_id, options, terms, allowed)
        classifier._files = [context.base_dir / n for n in (*options.files, *options.allow_files)]
        return classifier

    def category_counts(self) -> dict[str, int]:
        """Terms per category (for the TC260 coverage report)."""
        counts: dict[str, int] = {}
        for term in self._meta:
            if term is not None:
                counts[term.category] = counts.get(term.category, 0) + 1
        return counts

    def source_files(self) -> list[Path]:
        return list(self._files)

    @property
    def backend(self) -> str:
        return self._matcher.backend

    @property
    def max_span(self) -> int:
        return self._longest

    @property
    def skips_pretexts(self) -> bool:
        return self._skips_pretexts

    def categories(self) -> frozenset[str]:
        return self._categories

    def pending(self, text: str, start: int = 0) -> int:
        return self._scan(text, start, final=False)[1]

    def scan(self, text: str, start: int = 0) -> list[Finding]:
        return self._scan(text, start, final=True)[0]

    def scan_window(self, text: str, start: int) -> tuple[list[Finding], int]:
        return self._scan(text, start, final=False)

    def _scan(self, text: str, start: int, final: bool) -> tuple[list[Finding], int]:
        """Findings from ``start`` on, and (unless ``final``) where one could still begin.

        A finding is not final while the text ends inside a longer term that could cover it
        (an allowlist term, say), while a Latin term has no character after it yet, or while
        jieba lacks its right-hand context.
        """
        window_start = self._normalizer.lookback(text, start, self._longest + self._context)
        window = text[window_start:]
        folded = self._normalizer.fold(window)
        pending_folded = len(folded) if final else self._open_prefix(folded)
        matches = self._matcher.find_overlapping(folded)
        if not matches:
            if pending_folded >= len(folded):
                return [], len(text)
            fold_map = self._normalizer.fold_map(window)
            return [], fold_map.original(pending_folded) + window_start
        meta = self._meta
        allowed_spans = [(s, e) for s, e, index in matches if meta[index] is None]
        fold_map = self._normalizer.fold_map(window)
        findings: list[Finding] = []
        for s, e, index in matches:
            term = meta[index]
            if term is None or (
                allowed_spans and any(a_s <= s and a_e >= e for a_s, a_e in allowed_spans)
            ):
                continue
            orig_start = fold_map.original(s) + window_start
            orig_end = fold_map.original_end(e) + window_start
            if orig_start < start:
                continue
            edges = self._latin_edges[index]
            if edges:
                if edges & _LATIN_END and not final and not self._has_visible_after(text, orig_end):
                    pending_folded = min(pending_folded, s)
                    continue
                if not self._on_word_edges(text, orig_start, orig_end, edges):
                    continue
            if self._context and not self._ascii_word[index]:
                if not final and e + self._context > len(folded):
                    pending_folded = min(pending_folded, s)
                    continue
                if not self._on_segments(folded, s, e):
                    continue
            findings.append(
                Finding(self.id, term.category, term.score, orig_start, orig_end, term.text)
            )
        findings.sort(key=lambda f: (f.start, f.end))
        if pending_folded >= len(folded):
            return findings, len(text)
        return findings, fold_map.original(pending_folded) + window_start

    def _open_prefix(self, folded: str) -> int:
        """Start of the longest suffix of ``folded`` that a longer pattern could continue.

        An automaton over every proper prefix of every pattern answers in one pass: a
        prefix match that ends where the text ends is a term still being written.
        """
        tail_start = max(0, len(folded) - self._longest + 1)
        tail = folded[tail_start:]
        matcher, _, is_prefix = self._stream_automaton
        ends_here = [
            s
            for s, e, index in matcher.find_overlapping(tail)
            if e == len(tail) and is_prefix[index]
        ]
        return tail_start + min(ends_here) if ends_here else len(folded)

    def _open_in(self, probe: str, old: int) -> int | None:
        """Where the open suffix of ``probe`` starts (``len(probe)``: none), or ``None`` when
        a pattern ends after ``probe[:old]`` (a match: the caller scans the window)."""
        matcher, patterns, is_prefix = self._stream_automaton
        opened = end = len(probe)
        for s, e, index in matcher.find_overlapping(probe):
            if index < patterns and e > old:
                return None
            if e == end and s < opened and is_prefix[index]:
                opened = s
        return opened

    @functools.cached_property
    def _stream_automaton(self) -> tuple[Matcher, int, list[bool]]:
        """One automaton over the patterns (indices below the count) and their proper
        prefixes, with which strings are a proper prefix; built on first use: only streams
        need it."""
        proper = {p[:k] for p in self._patterns for k in range(1, len(p))}
        strings = self._patterns + sorted(proper.difference(self._patterns))
        is_prefix = [string in proper for string in strings]
        return build_matcher(strings, self._backend_name), len(self._patterns), is_prefix

    def scanner(self) -> SpanScanner:
        return _LexiconScanner(self)

    def candidates(self, texts: Sequence[str]) -> set[int]:
        """One fold and one automaton pass over the whole batch: a text with no pattern in
        it holds no finding."""
        found = None
        if not self._holds_separator:
            found = batch_candidates(
                texts,
                self._normalizer.fold,
                lambda folded: (s for s, _, _ in self._matcher.find_overlapping(folded)),
            )
        return super().candidates(texts) if found is None else found

    @functools.cached_property
    def _holds_separator(self) -> bool:
        """Whether a pattern holds the batch separator (none does, unless a term file has it)."""
        return any(BATCH_SEPARATOR in p for p in self._patterns)

    @staticmethod
    def _has_visible_after(text: str, end: int) -> bool:
        return any(not _is_invisible(c) for c in text[end : end + 8])

    @staticmethod
    def _on_word_edges(text: str, start: int, end: int, edges: int) -> bool:
        """Whether a term's Latin ends (``edges``: start 1, end 2) stand on word boundaries."""
        before_char = text[start - 1] if start else " "
        after_char = text[end] if end < len(text) else " "
        if before_char.isascii() and after_char.isascii():  # most matches: no Unicode lookup
            return not (
                (edges & _LATIN_START and before_char.isalnum())
                or (edges & _LATIN_END and after_char.isalnum())
            )
        if edges & _LATIN_START:
            before = start - 1
            while before >= 0 and _is_invisible(text[before]):
                before -= 1
            if before >= 0 and _is_word_char(text[before]):
                return False
        if edges & _LATIN_END:
            after = end
            while after < len(text) and _is_invisible(text[after]):
                after += 1
            if after < len(text) and _is_word_char(text[after]):
                return False
        return True

    def _on_segments(self, folded: str, start: int, end: int) -> bool:
        left = max(0, start - self._context)
        right = min(len(folded), end + self._context)
        edges = {left}
        position = left
        for token in _jieba_tokenizer().cut(folded[left:right], HMM=False):
            position += len(token)
            edges.add(position)
        return start in edges and end in edges

    def replacement(self, finding: Finding, original: str, style: str, lang: str) -> str | None:
        if style == "mask":
            return "".join("*" if self._normalizer.is_kept(c) else c for c in original)
        return "[已屏蔽]" if lang == "zh" else "[REDACTED]"


class _LexiconScanner(SpanScanner):
    """Carries the *open suffix* from piece to piece: the folded tail of the text that a
    pattern (term or allowlist entry) could still continue.

    A match that ends in a new piece starts inside that suffix or the piece, so a piece that
    completes no pattern costs one automaton pass over suffix + piece, and the new open
    suffix is the hold-back. Anything else (a match, a Latin term waiting for the character
    after it, word boundaries) takes the classifier's window scan, and the suffix is rebuilt
    from what that scan held back.
    """

    __slots__ = ("_lexicon", "_open", "_seen")

    def __init__(self, classifier: LexiconClassifier) -> None:
        super().__init__(classifier)
        self._lexicon = classifier
        self._open: str | None = None if classifier._context else ""  # None: unknown
        self._seen = 0

    def advance(self, text: str, start: int, final: bool) -> tuple[list[Finding], int]:
        lexicon = self._lexicon
        normalizer = lexicon._normalizer
        if not final and self._open is not None and len(text) >= self._seen:
            probe = self._open + normalizer.fold(text[self._seen :])
            opened = lexicon._open_in(probe, len(self._open))
            if opened is not None:
                self._open = probe[opened:]
                self._seen = len(text)
                held = len(probe) - opened
                return [], max(start, normalizer.kept_start(text, held))
        hits, point = lexicon._scan(text, start, final)
        self._resync(text, hits, point)
        return hits, point

    def _resync(self, text: str, hits: list[Finding], point: int) -> None:
        """After a window scan: the open suffix again, if the scan held back nothing else."""
        self._seen = len(text)
        self._open = None
        if hits or self._lexicon._context:
            return
        held = self._lexicon._normalizer.fold(text[point:])
        if self._lexicon._open_in(held, 0) == 0:
            self._open = held
