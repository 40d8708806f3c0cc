"""What a pattern change moves: every phrase finding of both shipped policies on every shared text,
saved before the change and compared after it.

    python scripts/phrase_diff.py --save before.json     # before editing policies/patterns
    python scripts/phrase_diff.py --against before.json  # after: each text whose findings moved

The texts are those `phrase_coverage.py` reads (COLD, SWSR, Davidson, DiaSafety, ToxiGen, XSafety,
both harmful-prompt sets, the synthetic look-alikes); each phrase classifier judges each text
alone, as a whole request (if it reads requests) or answer. The forty-fifth session checked every
Chinese phrase it wrote or narrowed this way: a change should move only what it was written for.
"""

from __future__ import annotations

import argparse
import json

from phrase_coverage import labelled_sets, synthetic_safe_requests

from aigc_guard.classifiers.phrases import PhraseClassifier
from aigc_guard.engine import judging
from aigc_guard.policy.loader import load_policy
from aigc_guard.policy.schema import Direction

POLICIES = ("policies/cn-tc260.yaml", "policies/default.yaml")


def shared_texts() -> list[str]:
    """Every text `phrase_coverage.py` reads: the shared sets and the synthetic look-alikes."""
    sets = {**labelled_sets(), **synthetic_safe_requests()}
    return [text for name in sorted(sets) for text in sets[name]]


def findings(texts: list[str]) -> dict[str, list[str]]:
    """``classifier:index`` → the sorted ``label start end`` of each finding, for texts with any."""
    found: dict[str, list[str]] = {}
    seen: set[str] = set()
    for path in POLICIES:
        for classifier in load_policy(path).classifiers.values():
            if not isinstance(classifier, PhraseClassifier) or classifier.id in seen:
                continue
            seen.add(classifier.id)
            directions = classifier.options.directions or ["input"]
            side = Direction.INPUT if "input" in directions else Direction.OUTPUT
            with judging(side):  # a request is also read without its pretexts
                judged_all = [classifier._judge(text) for text in texts]
            for i, judged in enumerate(judged_all):
                if judged:
                    found[f"{classifier.id}:{i}"] = sorted(
                        f"{f.label} {f.start} {f.end}" for f in judged
                    )
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    side = parser.add_mutually_exclusive_group(required=True)
    side.add_argument("--save", help="write the findings here (JSON)")
    side.add_argument("--against", help="compare with findings saved before")
    args = parser.parse_args()
    texts = shared_texts()
    now = findings(texts)
    if args.save:
        with open(args.save, "w", encoding="utf-8") as out:
            json.dump({"texts": len(texts), "findings": now}, out, ensure_ascii=False)
        print(f"{len(now)} classifier-text pairs with findings over {len(texts)} texts")
        return
    with open(args.against, encoding="utf-8") as saved:
        before = json.load(saved)
    if before["texts"] != len(texts):
        raise SystemExit("the shared sets changed since the findings were saved")
    moved = sorted(set(now) | set(before["findings"]), key=lambda k: int(k.split(":")[1]))
    moved = [k for k in moved if now.get(k) != before["findings"].get(k)]
    for key in moved:
        classifier, index = key.split(":")
        text = texts[int(index)][:100].replace("\n", " ")
        print(f"{classifier}\t{before['findings'].get(key)} → {now.get(key)}\t{text}")
    print(f"{len(moved)} of {len(texts)} texts' findings moved")


if __name__ == "__main__":
    main()
