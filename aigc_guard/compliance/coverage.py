"""``aigc-guard policy coverage``: keyword counts per TC260 risk against §8.1, and the risks
nothing covers. Honest by construction: a risk counts as covered only by what the policy has."""

from __future__ import annotations

from typing import Any

from ..classifiers.lexicon import LexiconClassifier
from ..policy.compiled import Policy
from .taxonomy import RISKS, THRESHOLDS, risk_of

__all__ = ["coverage_report"]


def coverage_report(policy: Policy) -> dict[str, Any]:
    keywords = dict.fromkeys(RISKS, 0)
    covered_by: dict[str, set[str]] = {risk: set() for risk in RISKS}
    unmapped: dict[str, int] = {}
    for classifier in policy.span_classifiers + policy.text_classifiers:
        if isinstance(classifier, LexiconClassifier):
            for category, count in classifier.category_counts().items():
                risk = risk_of(category)
                if risk is None:
                    unmapped[category] = unmapped.get(category, 0) + count
                    continue
                keywords[risk] += count
                covered_by[risk].add(classifier.id)
        else:
            for category in classifier.categories():
                risk = risk_of(category)
                if risk is not None:
                    covered_by[risk].add(classifier.id)
    total = sum(keywords.values())
    shortfalls = []
    if total < THRESHOLDS["total"]:
        shortfalls.append(
            f"keyword library has {total} terms; TC260 §8.1 asks for {THRESHOLDS['total']}"
        )
    risks = {}
    for risk_id, described in RISKS.items():
        need = THRESHOLDS.get(risk_id[:2])
        count = keywords[risk_id]
        if need is not None and count < need:
            shortfalls.append(f"{risk_id} ({described.zh}): {count} keywords, needs {need}")
        risks[risk_id] = {
            "zh": described.zh,
            "en": described.en,
            "keywords": count,
            "required_keywords": need,
            "classifiers": sorted(covered_by[risk_id]),
        }
    uncovered = [r for r in RISKS if not covered_by[r]]
    return {
        "policy": policy.version,
        "keywords_total": total,
        "required_total": THRESHOLDS["total"],
        "meets_tc260_8_1": not shortfalls,
        "shortfalls": shortfalls,
        "uncovered_risks": [f"{r} {RISKS[r].zh}" for r in uncovered],
        "unmapped_categories": unmapped,
        "risks": risks,
    }
