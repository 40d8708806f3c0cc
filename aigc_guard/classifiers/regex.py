"""Regex classifier: named patterns with categories, run with the ``regex`` module's time limit.

Patterns see text folded in ``text`` mode by default (width, case, traditional → simplified,
confusables; separators kept), ``width`` mode (case kept) or not at all (``none``).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import regex
from pydantic import BaseModel, ConfigDict, Field

from ..errors import PolicyError
from ..normalize import FoldMode
from ..textfiles import read_yaml_file
from .base import BuildContext, ClassifierOptions, Finding
from .patterns import CompiledPattern, PatternClassifier

__all__ = [
    "PatternFile",
    "RegexClassifier",
    "RegexOptions",
    "RegexPattern",
    "pattern_file",
    "patterns_in",
]


class RegexPattern(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    pattern: str
    category: str | None = None
    score: float = Field(default=1.0, ge=0.0, le=1.0)
    max_span: int = Field(default=256, ge=1, description="Longest text the pattern can match.")
    ignore_case: bool = False
    triggers: list[str] = Field(
        default_factory=list,
        description="phrases only: the phrase's rare words (case-insensitive substrings); the "
        "pattern runs only within max_span characters of one.",
    )


class RegexOptions(ClassifierOptions):
    type: str = "regex"
    patterns: list[RegexPattern] = Field(default_factory=list)
    files: list[str] = Field(
        default_factory=list,
        description="YAML files (relative to the policy) holding more `patterns:` of the same "
        "form, so policies can share a pattern library.",
    )
    category: str = "regex"
    normalize: str = Field(default="text", pattern="^(text|width|none)$")
    timeout_ms: float = Field(default=250.0, gt=0)


class RegexClassifier(PatternClassifier):
    """User-declared patterns; overlapping matches are all reported."""

    type_name = "regex"
    Options = RegexOptions

    def __init__(self, classifier_id: str, options: RegexOptions) -> None:
        super().__init__(classifier_id, options)
        self._files: list[Path] = []
        self.fold_mode = FoldMode.WIDTH if options.normalize != "text" else FoldMode.TEXT
        self._identity = options.normalize == "none"
        self.patterns = []
        for index, declared in enumerate(options.patterns):
            flags = regex.V1 | (regex.IGNORECASE if declared.ignore_case else 0)
            try:
                compiled = regex.compile(declared.pattern, flags)
            except regex.error as exc:
                raise PolicyError(
                    f"pattern {declared.name!r} does not compile: {exc}",
                    field=f"patterns.{index}.pattern",
                ) from exc
            self.patterns.append(
                CompiledPattern(
                    declared.name,
                    compiled,
                    declared.category or options.category,
                    declared.score,
                    declared.max_span,
                )
            )

    @classmethod
    def build(
        cls, classifier_id: str, raw: dict[str, Any], context: BuildContext
    ) -> RegexClassifier:
        options = RegexOptions.model_validate(raw)
        files = [context.base_dir / name for name in options.files]
        declared_in: dict[str, str] = {}
        claim_pattern_names(declared_in, options.patterns, "the policy")
        declared = []
        for path in files:
            found = patterns_in(path)
            claim_pattern_names(declared_in, found, str(path))
            declared += found
        if not options.patterns and not declared:
            raise PolicyError("a regex classifier needs patterns (inline or in files)")
        classifier = cls(
            classifier_id, options.model_copy(update={"patterns": options.patterns + declared})
        )
        classifier._files = files
        return classifier

    def source_files(self) -> list[Path]:
        return list(self._files)

    def _fold(self, window: str) -> str:
        if self._identity:
            return window
        return super()._fold(window)

    def replacement(self, finding: Finding, original: str, style: str, lang: str) -> str | None:
        if style == "mask":
            return "*" * len(original)
        return "[已屏蔽]" if lang == "zh" else "[REDACTED]"


class PatternFile(BaseModel):
    """A file of patterns: ``patterns:`` and, for phrases, word ``lists:`` (``\\L<name>``) and
    named subpatterns, ``defines:`` (``(?&name)``)."""

    model_config = ConfigDict(extra="forbid")

    lists: dict[str, list[str]] = Field(default_factory=dict)
    defines: dict[str, str] = Field(default_factory=dict)
    patterns: list[RegexPattern]


def pattern_file(path: Path) -> PatternFile:
    """One pattern file; a :class:`PolicyError` naming the file if it cannot be read."""
    return read_yaml_file(path, PatternFile, "pattern file")


def claim_pattern_names(
    declared_in: dict[str, str], patterns: Sequence[RegexPattern], where: str
) -> None:
    """Record where each pattern name is declared: a finding's label names one pattern, so a
    name given twice in one classifier (one file or two) is refused."""
    for pattern in patterns:
        if pattern.name in declared_in:
            first = declared_in[pattern.name]
            also = "" if first == where else f" and in {first}"
            raise PolicyError(
                f"pattern name {pattern.name!r} is declared twice in {where}{also}: "
                "a finding's label must name one pattern, so rename one"
            )
        declared_in[pattern.name] = where


def patterns_in(path: Path) -> list[RegexPattern]:
    """The patterns of a regex classifier's file (word lists are for phrases)."""
    found = pattern_file(path)
    if found.lists or found.defines:
        raise PolicyError("word lists and defines are for `phrases` classifiers", file=str(path))
    return found.patterns
