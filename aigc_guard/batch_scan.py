"""``aigc-guard scan --input``: a JSONL file in, a decision per line out, in batches and on
every core.

A batch of texts goes through :func:`~aigc_guard.engine.scan_each` (one pass of each span
classifier over the batch names the texts that may hold a finding); results are written
with the fast JSON writer. Batches spread over worker processes forked once the policy is
loaded, so no worker loads it again; policies that run models stay in one process (a
model's threads do not survive a fork).
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
from collections.abc import Callable, Sequence
from typing import Any, BinaryIO

from . import jsonio
from .allocator import heap_frozen
from .classifiers.base import TextClassifier
from .engine import ScanOutcome, scan_each
from .policy.compiled import Policy
from .policy.schema import Direction

__all__ = ["BATCH", "BatchScanner", "scan_rows"]

BATCH = 256  # texts a batch
Row = tuple[int, Any]  # line number, parsed JSON (None when the line was not JSON)


def result(outcome: ScanOutcome) -> dict[str, Any]:
    """One text's decision as the scan command prints it."""
    decision = outcome.decision
    row = decision.public()
    row["findings"] = [f.as_dict() for f in decision.findings]
    row["text"] = outcome.texts[0] if decision.message is None else decision.message
    return row


class BatchScanner:
    """Scans batches of rows under one policy; JSONL bytes out."""

    def __init__(self, policy: Policy, direction: Direction) -> None:
        self.policy = policy
        self.direction = direction
        self.prefilter = True

    def lines(self, batch: Sequence[Row]) -> bytes:
        texts = [row["text"] for _, row in batch if _is_text_row(row)]
        outcomes = asyncio.run(
            scan_each(self.policy, texts, self.direction, prefilter=self.prefilter)
        )
        # The batch pass pays only when it spares texts: after a batch where most texts
        # held findings anyway, the next one goes straight to full scans.
        self.prefilter = sum(1 for o in outcomes if o.findings[0]) <= len(texts) // 2
        found = iter(outcomes)
        out = []
        for number, row in batch:
            if _is_text_row(row):
                line: dict[str, Any] = result(next(found))
            else:
                line = {"error": f'line {number}: expected {{"text": ...}}'}
            out.append(jsonio.dumps(line) + b"\n")
        return b"".join(out)


def _is_text_row(row: Any) -> bool:
    return isinstance(row, dict) and isinstance(row.get("text"), str)


# Set before the pool forks; each worker inherits the scanner and the rows, so a task is a
# batch's number and only the JSONL bytes travel back.
_FORKED: tuple[BatchScanner, list[Sequence[Row]]] | None = None


def _forked_lines(number: int) -> bytes:
    assert _FORKED is not None
    scanner, batches = _FORKED
    return scanner.lines(batches[number])


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


@heap_frozen()  # the policy and the rows outlive the scan: no collection walks them
def scan_rows(
    policy: Policy,
    direction: Direction,
    rows: Sequence[Row],
    out: BinaryIO,
    *,
    workers: int,
    progress: Callable[[int], object] = lambda n: None,
) -> int:
    """Scan ``rows`` into ``out`` in order; returns the number of processes used."""
    global _FORKED
    scanner = BatchScanner(policy, direction)
    batches = [rows[i : i + BATCH] for i in range(0, len(rows), BATCH)]
    models = any(isinstance(c, TextClassifier) for c in policy.classifiers_for(direction))
    forking = (
        workers > 1
        and len(batches) > 1
        and not models
        and "fork" in multiprocessing.get_all_start_methods()
    )
    if not forking:
        for batch in batches:
            out.write(scanner.lines(batch))
            progress(len(batch))
        return 1
    _FORKED = scanner, batches
    try:
        processes = min(workers, len(batches))
        with multiprocessing.get_context("fork").Pool(processes) as pool:
            numbers = range(len(batches))
            for batch, lines in zip(batches, pool.imap(_forked_lines, numbers), strict=True):
                out.write(lines)
                progress(len(batch))
    finally:
        _FORKED = None
    return processes
