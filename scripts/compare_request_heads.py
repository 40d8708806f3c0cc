"""The shipped Chinese request heads and candidates, read alone on request sets no model trained
on: the written sets held out (`written_requests.held_out()`), by language and label, and any
bank module's lists given (``--banks MODULE``: each ``*_HARMFUL`` / ``*_ANSWERABLE`` pair).

    python scripts/compare_request_heads.py [--candidate NAME=MODEL_DIR …] [--banks tc260_banks]
    python scripts/compare_request_heads.py --policies BEFORE.yaml AFTER.yaml [--banks …]

Each head is built as cn-tc260 builds it (its options: threshold, sentences); a candidate takes
``harmful_request_zh``'s options with its own model. Printed per set: the share at or over each
bar (harmful: caught; answerable: blocked). With ``--policies``, each policy's blocks of the same
sets instead (each text scanned alone, in turn), and every text on which they differ.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import sys
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import written_requests  # noqa: E402
from _judged import print_blocks_compared, requests_blocked  # noqa: E402

from aigc_guard.policy.loader import load_policy  # noqa: E402

HEADS = ("harmful_request", "harmful_request_everyday", "harmful_request_zh")
BARS = (0.5, 0.8, 0.9, 0.95, 0.97, 0.99)


def heads(candidates: dict[str, str]) -> dict[str, Any]:
    """Each head id → its classifier, every bar lowered to 0 so that each text gets its score."""
    overlay: dict[str, Any] = {"classifiers": {h: {"threshold": 0.0} for h in HEADS}}
    policy = load_policy(REPO / "policies" / "cn-tc260.yaml", overlay=overlay)
    built = {h: policy.classifiers[h] for h in HEADS}
    for name, folder in candidates.items():
        tuned = {"classifiers": {"harmful_request_zh": {
            "threshold": 0.0, "model": str(Path(folder).resolve())}}}  # fmt: skip
        built[name] = load_policy(REPO / "policies" / "cn-tc260.yaml", overlay=tuned).classifiers[
            "harmful_request_zh"
        ]
    return built


def scores(classifier: Any, texts: list[str]) -> np.ndarray:
    out = []
    for start in range(0, len(texts), 64):  # sequential: a gather times classifiers out
        found = asyncio.run(classifier.classify(texts[start : start + 64]))
        out += [max((f.score for f in per), default=0.0) for per in found]
    return np.array(out)


def blocked(policy: Any, texts: list[str]) -> np.ndarray:
    chosen = set(asyncio.run(requests_blocked(policy, texts)))
    return np.array([t in chosen for t in texts])


def sets(banks: list[str]) -> dict[str, list[str]]:
    held = written_requests.held_out()
    named: dict[str, list[str]] = {}
    for lang in ("zh", "en"):
        for label, kind in ((1, "harmful"), (0, "answerable")):
            named[f"written held out, {lang}, {kind}"] = [
                r["text"] for r in held if r["lang"] == lang and r["label"] == label
            ]
    for module_name in banks:
        module = importlib.import_module(module_name)
        for name in sorted(vars(module)):
            if name.endswith(("_HARMFUL", "_ANSWERABLE")) and isinstance(vars(module)[name], list):
                named[f"{module_name}.{name}"] = list(vars(module)[name])
    return named


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--candidate", nargs="*", default=[], help="NAME=MODEL_DIR")
    parser.add_argument("--banks", nargs="*", default=[], help="modules with *_HARMFUL lists")
    parser.add_argument("--show", type=float, help="print each text and its scores where any "
                        "head's score crosses this bar the wrong way")  # fmt: skip
    parser.add_argument("--policies", nargs=2, help="compare these policies' blocks instead")
    args = parser.parse_args()
    if args.policies:
        print_blocks_compared(args.policies, sets(args.banks), blocked)
        return
    candidates = dict(c.split("=", 1) for c in args.candidate)
    built = heads(candidates)
    for set_name, texts in sets(args.banks).items():
        harmful = "harmful" in set_name.lower()
        print(f"\n{set_name} ({len(texts)}): {'caught' if harmful else 'blocked'} at {BARS}")
        table = {name: scores(c, texts) for name, c in built.items()}
        for name, s in table.items():
            shares = "  ".join(f"{np.mean(s >= bar):6.1%}" for bar in BARS)
            print(f"  {name:26s} {shares}")
        if args.show is not None:
            for i, text in enumerate(texts):
                row = [table[n][i] for n in table]
                if any((v < args.show) if harmful else (v >= args.show) for v in row):
                    print("    " + " ".join(f"{v:.2f}" for v in row) + "  " + text)


if __name__ == "__main__":
    main()
