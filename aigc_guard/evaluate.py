"""``aigc-guard eval``: a policy (or one classifier) against labelled data.

Reads CSV (with or without a BOM and an unnamed index column) or JSONL. A text counts as
flagged when the decision is not ``allow`` (monitor-mode decisions count as what they would
do), or — with ``classifier`` — when that classifier reports anything.
"""

from __future__ import annotations

import asyncio
import csv
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .engine import scan_texts
from .policy.compiled import Policy
from .policy.schema import Action, Direction

__all__ = ["confusion_metrics", "evaluate", "read_rows"]


def read_rows(path: Path) -> list[dict[str, Any]]:
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        with path.open(encoding="utf-8-sig") as source:
            return [json.loads(line) for line in source if line.strip()]
    with path.open(encoding="utf-8-sig", newline="") as source:
        return list(csv.DictReader(source))


def confusion_metrics(pairs: list[tuple[bool, bool]]) -> dict[str, Any]:
    """(truth, flagged) pairs → accuracy, precision, recall, f1, macro_f1, fpr."""
    tp = sum(1 for t, f in pairs if t and f)
    fp = sum(1 for t, f in pairs if not t and f)
    fn = sum(1 for t, f in pairs if t and not f)
    tn = sum(1 for t, f in pairs if not t and not f)
    n = len(pairs)

    def f1(p: int, q: int, r: int) -> float:  # true positives, false positives, false negatives
        return 2 * p / (2 * p + q + r) if p else 0.0

    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return {
        "n": n,
        "accuracy": round((tp + tn) / n, 4) if n else 0.0,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1(tp, fp, fn), 4),
        "macro_f1": round((f1(tp, fp, fn) + f1(tn, fn, fp)) / 2, 4),
        "false_positive_rate": round(fp / (fp + tn), 4) if fp + tn else 0.0,
        "confusion": {"tp": tp, "fp": fp, "fn": fn, "tn": tn},
    }


async def evaluate(
    policy: Policy,
    rows: list[dict[str, Any]],
    *,
    text_column: str,
    label_column: str,
    positive: str,
    classifier: str | None = None,
    group_column: str | None = None,
    direction: Direction = Direction.OUTPUT,
    concurrency: int = 32,
    progress: Callable[[int], None] | None = None,
) -> dict[str, Any]:
    semaphore = asyncio.Semaphore(concurrency)
    started = time.perf_counter()

    async def judge(row: dict[str, Any]) -> bool:
        async with semaphore:
            outcome = await scan_texts(policy, [str(row[text_column])], direction)
        if progress is not None:
            progress(1)
        if classifier is not None:
            return any(f.classifier == classifier for f in outcome.findings[0])
        return outcome.decision.would_be is not Action.ALLOW

    flagged = await asyncio.gather(*(judge(row) for row in rows))
    elapsed = time.perf_counter() - started
    pairs = [(str(row[label_column]) == positive, f) for row, f in zip(rows, flagged, strict=True)]
    result = confusion_metrics(pairs)
    result["texts_per_s"] = round(len(rows) / elapsed, 1) if elapsed else 0.0
    if group_column:
        groups: dict[str, list[tuple[bool, bool]]] = {}
        for row, pair in zip(rows, pairs, strict=True):
            groups.setdefault(str(row.get(group_column, "")), []).append(pair)
        result["groups"] = {name: confusion_metrics(p) for name, p in sorted(groups.items())}
    return result
