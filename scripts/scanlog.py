"""Every text the tests scan, and what each policy did with it: see what a model change moves.

    SCANLOG=/tmp/before.jsonl PYTHONPATH=scripts python -m pytest -p scanlog tests/test_asked.py
    # … swap the model files, then the same with SCANLOG=/tmp/after.jsonl
    python scripts/scanlog.py /tmp/before.jsonl /tmp/after.jsonl

As a pytest plugin (``-p scanlog``) it wraps ``aigc_guard.engine.scan_texts`` before the test
modules import it and appends one JSON line per call: the policy file (and the classifiers a test
switched off), the direction, the texts, the action and the rules. Run as a script it prints the
texts whose action differs between two logs, grouped by the change (block → flag …). A test that
stops at its first failed assertion scans fewer texts: the diff covers the texts both runs scanned.
The sixty-fifth session read with it the 280 requests the written-rows request model moved
(492 scans of 6,556, both policies).
"""

from __future__ import annotations

import json
import os
import sys
from collections import defaultdict
from typing import Any

Key = tuple[str, str, tuple[str, ...]]


def _install(path: str) -> None:
    import aigc_guard.engine as engine

    original = engine.scan_texts
    log = open(path, "a", encoding="utf-8")  # noqa: SIM115 — open for the whole test run

    async def scan_texts(policy: Any, texts: Any, direction: Any, **options: Any) -> Any:
        outcome = await original(policy, texts, direction, **options)
        name = policy.source.name if policy.source else "?"
        if policy.disabled:
            name += "-" + ",".join(sorted(policy.disabled))
        decision = outcome.decision
        row = {"policy": name, "direction": direction.value, "texts": list(texts),
               "action": decision.action.value, "rules": list(decision.rule_ids)}  # fmt: skip
        log.write(json.dumps(row, ensure_ascii=False) + "\n")
        log.flush()
        return outcome

    engine.scan_texts = scan_texts  # type: ignore[assignment]


def _load(path: str) -> dict[Key, tuple[str, list[str]]]:
    found = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            key = (row["policy"], row["direction"], tuple(row["texts"]))
            found[key] = (row["action"], row["rules"])
    return found


def diff(before_path: str, after_path: str) -> None:
    before, after = _load(before_path), _load(after_path)
    moved: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, (action, _) in before.items():
        if key in after and after[key][0] != action:
            policy, direction, texts = key
            rules = ",".join(r for r in after[key][1] if r.startswith("block"))
            said = " | ".join(texts)
            moved[(action, after[key][0])].append(f"{policy} {direction} {said}  {rules}")
    for (old, new), lines in sorted(moved.items()):
        print(f"## {old} → {new}: {len(lines)}")
        print("\n".join(sorted(lines)))
    print(f"{sum(map(len, moved.values()))} of {len(before.keys() & after.keys())} scans moved")


if __name__ == "__main__":
    diff(sys.argv[1], sys.argv[2])
elif "SCANLOG" in os.environ:
    _install(os.environ["SCANLOG"])
