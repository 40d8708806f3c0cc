"""PII classifier: validated personal data and secrets, reported as ``pii.<entity>``."""

from __future__ import annotations

from typing import Any

import regex
from pydantic import Field, field_validator

from .base import BuildContext, ClassifierOptions, Finding
from .patterns import CompiledPattern, PatternClassifier
from .pii_entities import ENTITIES, Entity, MaskSpec

__all__ = ["PIIClassifier", "PIIOptions", "mask_value"]


class PIIOptions(ClassifierOptions):
    type: str = "pii"
    entities: list[str] = Field(
        default_factory=lambda: list(ENTITIES), description="Entities to detect; all by default."
    )
    # A safety net against pathological input, not a latency budget: a wall-clock limit
    # this low would turn a busy CPU into spurious fail-closed blocks.
    timeout_ms: float = Field(default=1000.0, gt=0)

    @field_validator("entities")
    @classmethod
    def _known(cls, value: list[str]) -> list[str]:
        unknown = [name for name in value if name not in ENTITIES]
        if unknown:
            raise ValueError(f"unknown PII entities {unknown}; known: {sorted(ENTITIES)}")
        return value


def mask_value(original: str, spec: MaskSpec, *, email: bool = False) -> str:
    """``110101199003071234`` → ``110101********1234``; separators are kept."""
    if email and "@" in original:
        local, domain = original.split("@", 1)
        return local[:1] + "*" * max(len(local) - 1, 1) + "@" + domain
    positions = [i for i, c in enumerate(original) if c.isalnum()]
    if spec.significant is not None and len(positions) > spec.significant:
        positions = positions[-spec.significant :]
    keep = set(positions[: spec.keep_first])
    if spec.keep_last:
        keep.update(positions[-spec.keep_last :])
    masked = set(positions) - keep
    return "".join("*" if i in masked else c for i, c in enumerate(original))


# Every complete entity match holds one of these (digits for IDs, cards, phones, IPs; '@' for
# email; ':' for IPv6; the fixed prefixes of secrets).
TRIGGERS = regex.compile(
    r"[0-9:@]|-----|eyJ|sk-|AKIA|gh[pousr]_|github_pat_|xox|AIza|_live_|glpat-"
)
# Every partial match without a trigger is a tail made of these (an e-mail's local part,
# a key's or a passport's first letters, a phone's '+' or '(').
TAIL = regex.compile(r"[A-Za-z0-9._%+()-]+\Z")


class PIIClassifier(PatternClassifier):
    """Every configured entity's pattern, then its validator; overlaps keep the longest."""

    type_name = "pii"
    Options = PIIOptions
    resolve_overlaps = True

    def __init__(self, classifier_id: str, options: PIIOptions) -> None:
        super().__init__(classifier_id, options)
        wanted = set(options.entities)
        self.entities: dict[str, Entity] = {n: e for n, e in ENTITIES.items() if n in wanted}
        self.patterns = [
            CompiledPattern(
                name,
                regex.compile(entity.pattern),
                f"pii.{name}",
                entity.score,
                entity.max_span,
                entity.validator,
            )
            for name, entity in self.entities.items()
        ]

    def _quiet(self, folded: str, pos: int, final: bool) -> int | None:
        """Text without a trigger holds no complete entity; a partial one can only be the
        trailing run of e-mail characters, so hold that back (a superset: never too little)."""
        if TRIGGERS.search(folded, pos):
            return None
        if final:
            return len(folded)
        tail = TAIL.search(folded, pos)
        return tail.start() if tail else len(folded)

    @classmethod
    def build(cls, classifier_id: str, raw: dict[str, Any], context: BuildContext) -> PIIClassifier:
        return cls(classifier_id, PIIOptions.model_validate(raw))

    def replacement(self, finding: Finding, original: str, style: str, lang: str) -> str | None:
        entity = self.entities.get(finding.category.removeprefix("pii."))
        if entity is None:
            return None
        if style == "mask":
            return mask_value(original, entity.mask, email=entity.name == "email")
        return f"[{entity.label_zh if lang == 'zh' else entity.label_en}]"
