"""The shipped answer readers and a candidate Chinese answer adapter, alone, on Chinese answers no
answer adapter trained on: `answer_kinds.py`'s held-out sets (``finetune_use.ANSWER_HELD_OUT``),
`asked_answers.py`'s answers (going along, responsible, helpful to an everyday ask), helpful
everyday advice (`advice_head_probe.py`), plain news
(`written_news.py`) and COLD dev's safe and offensive comments read as answers.

    python scripts/compare_answer_heads.py [--candidate NAME=MODEL_DIR …] [--cold N]
    python scripts/compare_answer_heads.py --policies BEFORE.yaml AFTER.yaml

Printed per set: the share at or over each bar (answers to stop: caught; the rest: stopped
wrongly). With ``--policies``, each policy's blocks of the same sets as answers instead, and every
text on which they differ.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import advice_head_probe  # noqa: E402
import answer_kinds  # noqa: E402
import asked_answers  # noqa: E402
import corpora  # noqa: E402
import written_news  # noqa: E402
from _judged import print_blocks_compared  # noqa: E402
from finetune_use import ANSWER_HELD_OUT  # noqa: E402

from aigc_guard.engine import scan_texts  # noqa: E402
from aigc_guard.policy.loader import load_policy  # noqa: E402
from aigc_guard.policy.schema import Action, Direction  # noqa: E402

READERS = ("harmful_answer", "harmful_answer_topic", "answer_complies", "harmful_answer_zh")
BARS = (0.5, 0.7, 0.8, 0.9, 0.95, 0.97)
CHINESE = re.compile(r"[\u4e00-\u9fff]")


def sets(cold: int) -> dict[str, list[str]]:
    """Each set's name (``stop`` in it: answers to stop) and its Chinese texts."""
    named: dict[str, list[str]] = {}
    for name in ANSWER_HELD_OUT:
        to_stop, to_pass = answer_kinds.SETS[name]
        named[f"{name} stop"] = [t for t in to_stop if CHINESE.search(t)]
        named[f"{name} pass"] = [t for t in to_pass if CHINESE.search(t)]
    harmful = asked_answers.PROBE_HARMFUL + asked_answers.FRESH_HARMFUL
    answerable = asked_answers.PROBE_ANSWERABLE + asked_answers.FRESH_ANSWERABLE
    named["asked: going along (stop)"] = [a for _, a, _ in harmful if CHINESE.search(a)]
    named["asked: responsible"] = [r for _, _, r in harmful if CHINESE.search(r)]
    named["asked: helpful to an everyday ask"] = [a for _, a in answerable if CHINESE.search(a)]
    named["helpful everyday advice"] = advice_head_probe.HELPFUL_ANSWERS
    news = written_news.NEWS_DEV + written_news.NEWS_FRESH
    named["news"] = [t for t in news if CHINESE.search(t)]
    dev = corpora.cold("dev")
    named["COLD dev safe"] = [str(r["text"]) for r in dev if r["label"] == 0][:cold]
    named["COLD dev offensive (stop)"] = [str(r["text"]) for r in dev if r["label"] == 1][:cold]
    return {k: v for k, v in named.items() if v}


def readers(candidates: dict[str, str]) -> dict[str, Any]:
    """Each reader id → its classifier as cn-tc260 builds it, every bar lowered to 0 and every
    length read; a candidate reads as ``harmful_answer_zh`` does, with its own model."""
    opened = {"threshold": 0.0, "min_chars": 0}
    overlay: dict[str, Any] = {"classifiers": {r: dict(opened) for r in READERS}}
    policy = load_policy(REPO / "policies" / "cn-tc260.yaml", overlay=overlay)
    built = {r: policy.classifiers[r] for r in READERS}
    for name, folder in candidates.items():
        model = {"model": str(Path(folder).resolve())}
        tuned = {"classifiers": {"harmful_answer_zh": opened | model}}
        built[name] = load_policy(REPO / "policies" / "cn-tc260.yaml", overlay=tuned).classifiers[
            "harmful_answer_zh"
        ]
    return built


def scores(classifier: Any, texts: list[str]) -> np.ndarray:
    out = []
    for start in range(0, len(texts), 32):  # in turn: a gather times classifiers out
        found = asyncio.run(classifier.classify(texts[start : start + 32]))
        out += [max((f.score for f in per), default=0.0) for per in found]
    return np.array(out)


def blocked(policy: Any, texts: list[str]) -> np.ndarray:
    async def judged() -> list[bool]:
        outcomes = [await scan_texts(policy, [t], Direction.OUTPUT) for t in texts]
        return [o.decision.action is Action.BLOCK for o in outcomes]

    return np.array(asyncio.run(judged()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--candidate", action="append", default=[], metavar="NAME=MODEL_DIR")
    parser.add_argument("--policies", nargs=2, metavar="POLICY")
    parser.add_argument("--cold", type=int, default=1000, help="COLD dev comments of each label")
    parser.add_argument("--json", type=Path, help="write each set's shares per reader here too")
    args = parser.parse_args()
    named = sets(args.cold)
    if args.policies:
        print_blocks_compared(args.policies, named, blocked)
        return
    built = readers(dict(c.split("=", 1) for c in args.candidate))
    print(f"{'set':38s} {'rows':>5s} {'reader':26s} " + " ".join(f"≥{b:<5g}" for b in BARS))
    figures: dict[str, Any] = {}
    for set_name, texts in named.items():
        figures[set_name] = {"rows": len(texts)}
        for reader, classifier in built.items():
            s = scores(classifier, texts)
            figures[set_name][reader] = {f"{b:g}": round(float(np.mean(s >= b)), 4) for b in BARS}
            shares = " ".join(f"{np.mean(s >= b):6.1%}" for b in BARS)
            print(f"{set_name:38s} {len(texts):5d} {reader:26s} {shares}", flush=True)
    if args.json is not None:
        args.json.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
