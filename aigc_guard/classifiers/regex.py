"""Regex classifier: named patterns with categories, run with the ``regex`` module's time limit.

Patterns see text folded in ``text`` mode by default (width, case, traditional → simplified,
confusables; separators kept), ``width`` mode (case kept) or not at all (``none``).
"""

from __future__ import annotations

from typing import Any

import regex
from pydantic import BaseModel, ConfigDict, Field

from ..errors import PolicyError
from ..normalize import FoldMode
from .base import BuildContext, ClassifierOptions, Finding
from .patterns import CompiledPattern, PatternClassifier

__all__ = ["RegexClassifier", "RegexOptions"]


class RegexPattern(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    pattern: str
    category: str | None = None
    score: float = Field(default=1.0, ge=0.0, le=1.0)
    max_span: int = Field(default=256, ge=1, description="Longest text the pattern can match.")
    ignore_case: bool = False


class RegexOptions(ClassifierOptions):
    type: str = "regex"
    patterns: list[RegexPattern]
    category: str = "regex"
    normalize: str = Field(default="text", pattern="^(text|width|none)$")
    timeout_ms: float = Field(default=250.0, gt=0)


class RegexClassifier(PatternClassifier):
    """User-declared patterns; overlapping matches are all reported."""

    type_name = "regex"
    Options = RegexOptions

    def __init__(self, classifier_id: str, options: RegexOptions) -> None:
        super().__init__(classifier_id, options)
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
        return cls(classifier_id, RegexOptions.model_validate(raw))

    def _fold(self, window: str) -> str:
        if self._identity:
            return window
        return super()._fold(window)

    def replacement(self, finding: Finding, original: str, style: str, lang: str) -> str | None:
        if style == "mask":
            return "*" * len(original)
        return "[已屏蔽]" if lang == "zh" else "[REDACTED]"
