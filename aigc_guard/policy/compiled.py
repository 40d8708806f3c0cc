"""The compiled, immutable policy snapshot every request runs on."""

from __future__ import annotations

import fnmatch
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from ..classifiers.base import Classifier, Finding, SpanClassifier, TextClassifier
from .schema import Direction, PolicyFile, Rule

__all__ = ["CompiledRule", "Policy"]


@dataclass(frozen=True)
class CompiledRule:
    id: str
    rule: Rule

    def matches(self, finding: Finding, direction: Direction) -> bool:
        rule = self.rule
        if rule.direction is not None and rule.direction != direction:
            return False
        when = rule.when
        if when.classifier is not None and when.classifier != finding.classifier:
            return False
        if when.category is not None and not fnmatch.fnmatchcase(finding.category, when.category):
            return False
        return finding.score >= when.min_score


@dataclass(frozen=True)
class Policy:
    """A loaded policy: its settings, built classifiers and rules. Never mutated."""

    config: PolicyFile
    classifiers: Mapping[str, Classifier]
    rules: tuple[CompiledRule, ...]
    version: str
    source: Path | None = None
    span_classifiers: tuple[SpanClassifier, ...] = field(init=False)
    text_classifiers: tuple[TextClassifier, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "classifiers", MappingProxyType(dict(self.classifiers)))
        enabled = [c for c in self.classifiers.values() if c.options.enabled]
        object.__setattr__(
            self, "span_classifiers", tuple(c for c in enabled if isinstance(c, SpanClassifier))
        )
        object.__setattr__(
            self, "text_classifiers", tuple(c for c in enabled if isinstance(c, TextClassifier))
        )

    @property
    def name(self) -> str:
        return self.config.name

    @property
    def mode(self) -> str:
        return self.config.mode

    def classifiers_for(self, direction: Direction) -> list[Classifier]:
        """Enabled classifiers that some rule of this direction can act on."""
        wanted: set[str] = set()
        any_classifier = False
        for compiled in self.rules:
            if compiled.rule.direction not in (None, direction):
                continue
            if compiled.rule.when.classifier is None:
                any_classifier = True
            else:
                wanted.add(compiled.rule.when.classifier)
        return [
            c
            for c in (*self.span_classifiers, *self.text_classifiers)
            if any_classifier or c.id in wanted
        ]

    def categories(self) -> frozenset[str]:
        """Every category any classifier can report (bounded metric label values)."""
        found: set[str] = set()
        for classifier in self.classifiers.values():
            found |= classifier.categories()
        return frozenset(found)
