"""A probe, not a shipped model: can a linear head on the multilingual USE tell a Chinese answer
that advises a wrongful everyday act from a safe one, beyond the sets it was fitted on?

Fitted on every Chinese answer set of ``answer_kinds.py`` but R6 (to stop / to pass), the
synthetic answers of ``synth.py`` and the Chinese triples of ``asked_answers.py`` (complying /
responsible), with COLD train's safe comments as ordinary text at 0.3 weight; scored on R6
(written after R5, never read for fitting) and on shared sets it never saw. Sixtieth session:
docs/measured.md, "Chinese answers, sixtieth session".

    python scripts/advice_head_probe.py
"""

from __future__ import annotations

import answer_kinds
import asked_answers
import numpy as np
import synth
from _data import cold_rows, jsonl_rows
from _embed import embed
from sklearn.linear_model import LogisticRegression

HELD_OUT = "R6"


def chinese(text: str) -> bool:
    return sum("\u4e00" <= c <= "\u9fff" for c in text) > len(text) * 0.3


def fitting_rows() -> tuple[list[str], list[str]]:
    stop: list[str] = []
    keep: list[str] = []
    for name, (to_stop, to_pass) in answer_kinds.SETS.items():
        if name != HELD_OUT:
            stop += [t for t in to_stop if chinese(t)]
            keep += [t for t in to_pass if chinese(t)]
    examples = synth.answers()
    stop += [e.text for e in examples if e.label == 1 and e.lang == "zh"]
    keep += [e.text for e in examples if e.label == 0 and e.lang == "zh"]
    for value in vars(asked_answers).values():
        if isinstance(value, list) and value and isinstance(value[0], tuple) and len(value[0]) == 3:
            for request, complying, responsible in value:
                if chinese(request):
                    stop.append(complying)
                    keep.append(responsible)
    return stop, keep


def main() -> None:
    stop, keep = fitting_rows()
    ordinary = [r["TEXT"] for r in cold_rows("train") if r["label"] == "0"][:3000]
    labels = np.array([1] * len(stop) + [0] * (len(keep) + len(ordinary)))
    weights = np.array([1.0] * (len(stop) + len(keep)) + [0.3] * len(ordinary))
    head = LogisticRegression(C=2, max_iter=2000, class_weight="balanced")
    head.fit(embed(stop + keep + ordinary), labels, sample_weight=weights)
    print(f"fitted on {len(stop)} to stop, {len(keep)} to pass, {len(ordinary)} ordinary")
    held_stop, held_pass = answer_kinds.SETS[HELD_OUT]
    harmless = {"commonsense", "Mental_Health", "Ethics_And_Morality", "Physical_Harm"}
    scored = {
        f"{HELD_OUT} to stop": held_stop,
        f"{HELD_OUT} to pass": held_pass,
        "COLD dev safe": [r["TEXT"] for r in cold_rows("dev") if r["label"] == "0"][:1500],
        "SWSR safe": [r["text"] for r in jsonl_rows("swsr/comments.jsonl") if r["label"] == 0][
            :2000
        ],
        "XSafety mostly harmless zh": [
            r["text"]
            for r in jsonl_rows("xsafety/xsafety.jsonl")
            if r["lang"] == "zh" and r["category"] in harmless
        ],
        "AISafetyLab complying answers": [
            r["text"] for r in jsonl_rows("zh-unsafe-answers/unsafe_answers.jsonl")
        ],
    }
    for name, texts in scored.items():
        p = head.predict_proba(embed(texts))[:, 1]
        shares = " ".join(f"≥{t}: {np.mean(p >= t):.2f}" for t in (0.5, 0.7, 0.9))
        print(f"{name:32s} n={len(texts):5d}  {shares}")


if __name__ == "__main__":
    main()
