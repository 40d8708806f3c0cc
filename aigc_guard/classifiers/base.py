"""The classifier contract: findings, the two kinds of classifier, and their common options."""

from __future__ import annotations

import abc
import bisect
import contextvars
import dataclasses
import enum
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "CONVERSATION",
    "BuildContext",
    "Classifier",
    "ClassifierOptions",
    "Conversation",
    "FailureMode",
    "Finding",
    "SpanClassifier",
    "SpanScanner",
    "TextClassifier",
]


@dataclass(frozen=True)
class Conversation:
    """What a text classifier may know besides its texts: whether they are the user's side
    (``input``) or the model's (``output``), and the prompt an answer answers (guard models
    judge an answer together with its prompt)."""

    direction: str = "output"
    prompt: str = ""


# Set by the middleware (the prompt) and the engine (the direction) for the task at hand.
CONVERSATION: contextvars.ContextVar[Conversation] = contextvars.ContextVar(
    "aigc_guard_conversation",
    default=Conversation(),  # noqa: B039 - frozen, never mutated
)


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a classifier found: a category, a score and a span of the original text.

    ``start``/``end`` are offsets in the *original* text (end exclusive); ``None`` means the
    finding is about the whole text. ``label`` says what matched in the policy's own words
    (a lexicon entry, a pattern's name), never the matched text; reviewers see it, clients
    never do.
    """

    classifier: str
    category: str
    score: float
    start: int | None = None
    end: int | None = None
    label: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """The finding as JSON: category, classifier, score, offsets and label."""
        out: dict[str, Any] = {
            "classifier": self.classifier,
            "category": self.category,
            "score": self.score,
            "start": self.start,
            "end": self.end,
        }
        if self.label is not None:
            out["label"] = self.label
        return out

    def shifted(self, offset: int) -> Finding:
        """The same finding with its span moved by ``offset`` characters."""
        if self.start is None or self.end is None:
            return self
        return dataclasses.replace(self, start=self.start + offset, end=self.end + offset)


class FailureMode(enum.StrEnum):
    """What a crash or time-out of a classifier means for the text it was scanning."""

    FAIL_CLOSED = "fail_closed"  # treated as a blocking finding
    FAIL_OPEN = "fail_open"  # treated as no finding, but counted


class ClassifierOptions(BaseModel):
    """Options every classifier accepts in a policy file; types add their own."""

    model_config = ConfigDict(extra="forbid")

    type: str
    enabled: bool = True
    failure_mode: FailureMode = FailureMode.FAIL_CLOSED
    timeout_ms: float = Field(default=1000.0, gt=0)
    languages: list[Literal["zh", "en", "other"]] | None = Field(
        default=None,
        description="Models only: judge only texts in these languages — zh (Han script), en "
        "(English), other (any other: French, Russian, Korean…; aigc_guard.language."
        "model_language); all when unset.",
    )
    directions: list[Literal["input", "output"]] | None = Field(
        default=None,
        description="Only scan requests (input) or answers (output); both when unset.",
    )
    min_chars: int = Field(
        default=0,
        ge=0,
        le=2000,  # a stream re-reads this much context with every sentence
        description="Models only: skip texts shorter than this (a model trained on whole "
        "answers reads a one-line statement by its topic alone). In streams such a model "
        "judges each sentence with the sentences before it, back to this many characters.",
    )
    context_chars: int = Field(
        default=0,
        ge=0,
        le=2000,  # a stream re-reads this much context with every sentence
        description="Streams only: judge each sentence with the whole sentences that end "
        "within this many characters before it, as a whole text would be read (a pattern "
        "that looks back to an earlier sentence); no text is skipped for its length.",
    )


@dataclass(frozen=True)
class BuildContext:
    """What a classifier may need while it is built from a policy file."""

    base_dir: Path
    policy_file: str | None = None


class Classifier(abc.ABC):
    """Common face of all classifiers.

    ``max_span`` is the longest stretch of original text a finding can cover, or ``None``
    for classifiers that judge whole sentences; the stream guard sizes its hold-back from it.
    """

    type_name: ClassVar[str]
    Options: ClassVar[type[ClassifierOptions]] = ClassifierOptions
    learned: ClassVar[bool] = False
    """Whether it judges by weights learned from examples (a model) rather than written rules."""

    def __init__(self, classifier_id: str, options: ClassifierOptions) -> None:
        self.id = classifier_id
        self.options = options

    @property
    def failure_mode(self) -> FailureMode:
        return self.options.failure_mode

    @property
    def timeout(self) -> float:
        return self.options.timeout_ms / 1000.0

    @property
    def skips_pretexts(self) -> bool:
        """Whether its findings inside a request's pretext clauses are dropped (a lexicon of
        words that say who asks: the asker of "…, I'm a nurse" is not in the ask)."""
        return False

    @property
    @abc.abstractmethod
    def max_span(self) -> int | None: ...

    @abc.abstractmethod
    def categories(self) -> frozenset[str]:
        """Every category this classifier can report (bounded: used as metric labels)."""

    @classmethod
    def build(cls, classifier_id: str, raw: dict[str, Any], context: BuildContext) -> Classifier:
        """Validate ``raw`` (the policy's mapping) and build the classifier."""
        return cls(classifier_id, cls.Options.model_validate(raw))

    def replacement(self, finding: Finding, original: str, style: str, lang: str) -> str | None:
        """The text that replaces ``original`` when ``finding`` is redacted; ``None``: default."""
        return None

    def source_files(self) -> list[Path]:
        """Files this classifier was built from (hot reload watches them)."""
        return []


def strongest_per_category(findings: list[Finding], others: list[Finding]) -> list[Finding]:
    """Per category, the higher-scoring of ``findings`` and ``others`` (two readings of one
    text: its evasion view, a part of it)."""
    if not others:
        return findings
    best = {f.category: f for f in findings}
    for finding in others:
        known = best.get(finding.category)
        if known is None or finding.score > known.score:
            best[finding.category] = finding
    return list(best.values())


class SpanClassifier(Classifier):
    """A cheap, synchronous classifier that reports spans (lexicon, regex, PII).

    ``scan(text, start)`` reports the findings that start at or after ``start`` in the full
    ``text``; ``pending(text)`` is the earliest index where a finding could still begin or
    change once more text arrives. Together they let the stream guard scan only a window.
    """

    @property
    def max_span(self) -> int:
        return 1

    @abc.abstractmethod
    def scan(self, text: str, start: int = 0) -> list[Finding]: ...

    @abc.abstractmethod
    def pending(self, text: str, start: int = 0) -> int: ...

    def scan_window(self, text: str, start: int) -> tuple[list[Finding], int]:
        """``scan`` and ``pending`` in one call (pattern classifiers do both in one pass)."""
        return self.scan(text, start), self.pending(text, start)

    def scanner(self) -> SpanScanner:
        """A scanner for one growing text (a stream channel); classifiers that can carry
        state from piece to piece return their own."""
        return SpanScanner(self)

    def candidates(self, texts: Sequence[str]) -> set[int]:
        """Indices of the texts that may hold a finding (a superset: the rest hold none),
        worked out for a whole batch at once where a classifier can (batch tools)."""
        return set(range(len(texts)))


BATCH_SEPARATOR = "\ue000"  # a private-use character: joins a batch's texts for one pass


def batch_candidates(
    texts: Sequence[str], fold: Callable[[str], str], positions: Callable[[str], Iterable[int]]
) -> set[int] | None:
    """The texts (by index) in which ``positions`` reports a position, found in one pass over
    the batch joined by :data:`BATCH_SEPARATOR` and folded (the separator folds to itself);
    ``None`` when the batch cannot be joined that way (a text holds the separator)."""
    joined = BATCH_SEPARATOR.join(texts)
    if joined.count(BATCH_SEPARATOR) != len(texts) - 1:
        return None
    folded = fold(joined)
    starts = [0]
    position = folded.find(BATCH_SEPARATOR)
    while position >= 0:
        starts.append(position + 1)
        position = folded.find(BATCH_SEPARATOR, position + 1)
    if len(starts) != len(texts):
        return None
    return {bisect.bisect_right(starts, at) - 1 for at in positions(folded)}


class SpanScanner:
    """Scans one text that only grows (a stream channel) for one span classifier.

    ``advance(text, start, final)`` answers what ``scan_window`` would (``scan`` and the
    text's end when ``final``) for the text as it is now. This one keeps no state;
    subclasses carry what the last call learnt, so a clean piece costs a scan of the piece.
    """

    __slots__ = ("classifier",)

    def __init__(self, classifier: SpanClassifier) -> None:
        self.classifier = classifier

    def advance(self, text: str, start: int, final: bool) -> tuple[list[Finding], int]:
        if final:
            return self.classifier.scan(text, start), len(text)
        return self.classifier.scan_window(text, start)


class TextClassifier(Classifier):
    """A classifier that judges whole texts or sentences (models); asynchronous, batched."""

    #: False for types cheap to build without a model (patterns): commands that load a policy
    #: with ``models=False`` still build them, so their categories are known.
    loads_model: ClassVar[bool] = True

    @property
    def max_span(self) -> None:
        return None

    @abc.abstractmethod
    async def classify(self, texts: list[str]) -> list[list[Finding]]: ...

    @property
    def clears(self) -> bool:
        """Whether its findings say a text is safe (a rule's ``unless``): the engine keeps them
        only where every reading of the text — each decoded payload, each evasion view — was
        cleared, so a safe carrier never vouches for what it hides."""
        return False

    @property
    def holds_in_streams(self) -> bool:
        """Whether a ``fast`` stream judges this classifier inline and holds text by
        :meth:`hold_from` (cheap phrases may; models judge behind the released text)."""
        return False

    def hold_from(self, text: str, start: int) -> int | None:
        """Where a ``fast`` stream must hold ``text[start:]`` (the part of a sentence not yet
        judged) until this classifier has judged the sentence; ``None``: nowhere."""
        return None
