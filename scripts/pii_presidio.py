"""PII recall and false findings on Presidio's synthetic sentences (the shared dev quarter).

    python scripts/pii_presidio.py [--policy policies/default.yaml]

For each gold span of an entity the guard has (credit card, e-mail, IBAN, phone, SSN, IP):
found when a finding overlaps it. A finding that overlaps no gold span of those entities is
counted as false (street numbers and ZIP codes are gold spans of other kinds: a phone found
there is false). Prints the counts and every miss and false finding.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter

from _data import DATA, REPO, require

from aigc_guard.policy.loader import load_policy

OURS = {"CREDIT_CARD", "EMAIL_ADDRESS", "IBAN_CODE", "PHONE_NUMBER", "US_SSN", "IP_ADDRESS"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--policy", default=str(REPO / "policies" / "default.yaml"))
    args = parser.parse_args()
    pii = load_policy(args.policy).classifiers["pii"]
    rows = json.loads(require(DATA / "presidio-pii-dev" / "synth_pii.json").read_text("utf-8"))
    found, total, false = Counter(), Counter(), Counter()
    for row in rows:
        text, spans = row["full_text"], row["spans"]
        findings = pii.scan(text)
        for span in spans:
            kind = span["entity_type"]
            if kind not in OURS:
                continue
            total[kind] += 1
            lo, hi = span["start_position"], span["end_position"]
            if any(f.start < hi and f.end > lo for f in findings):  # type: ignore[operator]
                found[kind] += 1
            else:
                print(f"missed {kind}: {text[lo:hi]!r}")
        for f in findings:
            gold = {
                s["entity_type"]
                for s in spans
                if f.start < s["end_position"] and f.end > s["start_position"]  # type: ignore[operator]
            }
            if not gold & OURS:
                false[f.label] += 1
                print(
                    f"false {f.label}: {text[f.start : f.end]!r} (gold: {sorted(gold) or 'none'})"
                )
    print(json.dumps({k: f"{found[k]}/{total[k]}" for k in sorted(total)}))
    print(json.dumps({"false findings": dict(false), "sentences": len(rows)}))


if __name__ == "__main__":
    main()
