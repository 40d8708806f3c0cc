"""The review console's queries on a large audit log, measured in one run.

    python benchmarks/console_queries.py [--records 300000]

Fills a fresh audit database with synthetic decisions of the last day (80% allow; block,
flag and redact with lexicon and PII findings), then times the overview's counters, the first
and a deep page of the decision list (unfiltered, by category, by classifier) and the filter
choices. The baseline is what one would do without the console: ``AuditLog.export()`` every
record and count them in Python (``aigc-guard audit export | jq``, in-process).
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from aigc_guard.compliance.audit import AuditLog, AuditRecord, utc_now
from aigc_guard.console import queries
from aigc_guard.policy.loader import parse_policy

POLICY = """
version: 1
name: bench
classifiers:
  lexicon: {type: lexicon, terms: [x], category: A1-h}
  pii: {type: pii}
rules: [{id: block, when: {category: "A1-*"}, action: block}]
"""
OUTCOMES = [("allow", "", "")] * 16 + [
    ("block", "A1-h", "lexicon"),
    ("flag", "A3-watch", "lexicon"),
    ("redact", "pii.email", "pii"),
    ("redact", "pii.cn_mobile", "pii"),
]


def fill(log: AuditLog, records: int) -> None:
    rng = random.Random(7)
    start = utc_now() - dt.timedelta(hours=23)
    step = dt.timedelta(hours=23) / records
    batch: list[AuditRecord] = []
    for i in range(records):
        action, category, classifier = rng.choice(OUTCOMES)
        found = (
            [{"classifier": classifier, "category": category, "score": 1.0, "start": 3, "end": 7}]
            if category
            else []
        )
        batch.append(
            AuditRecord(
                route=rng.choice(["chat", "completions"]),
                tenant=f"tenant-{i % 7}",
                direction=rng.choice(["input", "output"]),
                action=action,
                categories=[category] if category else [],
                findings=found,
                time=(start + step * i).isoformat(timespec="microseconds"),
            )
        )
        if len(batch) == 10_000:
            with log.transaction() as conn:
                log.append_now(batch, conn)
            batch = []
    if batch:
        with log.transaction() as conn:
            log.append_now(batch, conn)


def timed(call: Callable[[], Any], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - started)
    return best


def baseline_counts(log: AuditLog) -> dict[str, collections.Counter[str]]:
    day = (utc_now() - dt.timedelta(days=1)).isoformat()
    by: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for record in log.export(since=day):
        if record["kind"] == "decision":
            by["action"][record["action"]] += 1
            by["route"][record["route"]] += 1
            if record["action"] != "allow":
                by["category"].update(record["categories"])
    return by


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=300_000)
    args = parser.parse_args()
    policy = parse_policy(POLICY, base_dir=Path.cwd())
    with tempfile.TemporaryDirectory() as folder:
        log = AuditLog(Path(folder) / "audit.sqlite3")
        started = time.perf_counter()
        fill(log, args.records)
        print(
            f"{args.records:,} decisions in the last day, written in "
            f"{time.perf_counter() - started:.1f} s"
        )
        ours = timed(lambda: queries.counters(log))
        naive = timed(lambda: baseline_counts(log), repeat=1)
        print(
            f"overview counters: {ours * 1000:8.1f} ms   export-and-count baseline "
            f"{naive * 1000:8.1f} ms   ({naive / ours:.1f}x)"
        )
        cases = {
            "list, page 1": (queries.DecisionFilter(), 1),
            "list, page 100": (queries.DecisionFilter(), 100),
            "list by category, page 1": (queries.DecisionFilter(category="A3-watch"), 1),
            "list by classifier, page 50": (queries.DecisionFilter(classifier="pii"), 50),
        }
        for name, (chosen, page) in cases.items():
            seconds = timed(lambda c=chosen, p=page: queries.list_decisions(log, c, p, 50))
            print(f"{name:28} {seconds * 1000:8.1f} ms")
        seconds = timed(lambda: queries.filter_choices(log, policy))
        print(f"{'filter choices':28} {seconds * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
