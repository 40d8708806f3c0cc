"""Train models/harmful_answer: answers that comply with a harmful request, Chinese and English.

    python scripts/train_answer_model.py      # seeded; a few minutes on 2 CPU cores

A softmax head over multilingual USE v3 embeddings, with the classes of models/harmful_request,
times a gate: one minus the probability that the answer refuses (a logistic head of its own,
trained on refusals against every other answer). The topic head never sees a refusal, so an
answer scores high only when it is about a harm *and* does not refuse.
Harmful: the Chinese complying answers of AISafetyLab, DiaSafety's unsafe responses, the
complying answers of scripts/synth.py, and for every request in the harmful-request sets an
answer that complies with it. Safe: refusals that name the harm,
responsible answers on risky topics, benign answers long and short (scripts/synth.py) and
DiaSafety's safe responses, everyday answers, ordinary text (COLD's and SWSR's safe comments,
Davidson's "neither" tweets), and for every harmful request a refusal that quotes it. A refusal
that names the harm must pass, so each complying answer has a refusal twin on the same content.

Cross-source estimates: AISafetyLab's answers scored by a model trained without them; DiaSafety
by a model trained without DiaSafety; synthetic rows by a model that never saw their act.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpora
from _data import REPO
from _heads import (
    Features,
    export,
    fit_gated,
    gated_score,
    kind_weights,
    ngram_matrix,
    operating_points,
    out_of_fold,
    rate,
    source_groups,
    threshold_for,
)
from train_request_model import LABELS, RISK, category_of

OUT = REPO / "models" / "harmful_answer"
C = 2.0


ORDINARY = ("COLD-train", "SWSR", "Davidson", "XSafety", "ToxiGen")


def load() -> tuple[list[dict[str, object]], np.ndarray]:
    rows, x = corpora.embedded(
        {
            "zh_unsafe_answers": None,
            "synth_answers": None,
            "diasafety": None,
            # Every harmful request, once refused (quoting it) and once complied with: the
            # harm's content on both sides, so that refusing or complying is what is learnt.
            "prompt_answers": None,
            # The requests themselves, as harmful content for the topic head (the gate never
            # fires on a request, so they teach only what a harmful answer is about).
            "harmful_prompts": None,
            "synth_casual": lambda r: r["family"] == "casual_answer",
            "xsafety": lambda r: r["category"] in corpora.XSAFETY_SAFE,
            "toxigen": lambda r: r["label"] == 0,
            # Ordinary text, so that what most answers look like is safe.
            "cold_train": lambda r: r["label"] == 0,
            "swsr": lambda r: r["label"] == 0,
            "davidson": lambda r: r["category"] == "neither",
        }
    )
    for row in rows:
        if row["source"] in ORDINARY:
            row["label"] = 0
        row["class"] = LABELS.index(category_of(row)) if row["label"] else 0
    return rows, x


def main() -> None:
    started = time.perf_counter()
    rows, x = load()
    y = np.array([r["class"] for r in rows])
    harmful = y > 0
    # Ordinary text weighs nearly a third: with less, short everyday answers ("hello") scored
    # as harmful (see the card).
    weights = kind_weights(
        rows,
        harmful,
        ORDINARY,
        {"harmful": 0.35, "safe": 0.35, "ordinary": 0.3},
    )  # fmt: skip
    refusal = np.array([r.get("family") == "refusal" for r in rows])

    features = Features(x, ngram_matrix([str(r["text"]) for r in rows]))

    def train(index: np.ndarray) -> tuple[object, object]:
        return fit_gated(features, y, refusal, index, c=C, weights=weights)

    def score(models: tuple[object, object], index: np.ndarray) -> np.ndarray:
        return gated_score(models, features, index)

    acts = sorted({str(r["category"]) + str(i % 7) for i, r in enumerate(rows)})
    fold_of = {a: f"synth-{i % 5}" for i, a in enumerate(acts)}

    def fold(i: int, r: dict[str, object]) -> str | None:
        source = str(r["source"])
        if source == "synth":
            return fold_of[str(r["category"]) + str(i % 7)]
        if source == "synth-prompts":
            return f"prompts-{(i // 2) % 5}"  # a refusal and its compliant twin in one fold
        if source.startswith("AISafetyLab"):
            return "AISafetyLab"
        return "DiaSafety" if source == "DiaSafety" else None

    folds = [fold(i, r) for i, r in enumerate(rows)]
    oof = out_of_fold(folds, train, score)
    synth_safe = {
        lang: oof[[i for i, r in enumerate(rows)
                   if r["source"] == "synth" and not harmful[i] and r["lang"] == lang]]
        for lang in ("zh", "en")
    }  # fmt: skip
    refusals_oof = oof[[i for i, r in enumerate(rows) if r.get("family") == "refusal"]]
    thresholds = {
        "block": max(threshold_for(synth_safe["zh"], 0.005), threshold_for(refusals_oof, 0.005)),
        "flag": 0.5,
    }
    report: dict[str, object] = {}
    for name, threshold in thresholds.items():
        part: dict[str, object] = {}
        for source in ("AISafetyLab", "DiaSafety", "synth", "synth-prompts"):
            for lang in ("zh", "en"):
                pick = [
                    i for i, r in enumerate(rows) if r["source"] == source and r["lang"] == lang
                ]
                if not pick:
                    continue
                pos = [i for i in pick if harmful[i]]
                neg = [i for i in pick if not harmful[i]]
                caught, passed = rate(oof[pos] >= threshold), rate(oof[neg] < threshold)
                part[f"{source}/{lang}"] = {"harmful_caught": caught, "safe_passed": passed}
        refusals = [i for i, r in enumerate(rows) if r.get("family") == "refusal"]
        part["refusals_blocked"] = rate(oof[refusals] >= threshold)
        report[f"at_{name}_{threshold}"] = part
    groups = source_groups(rows, ("AISafetyLab", "DiaSafety", "synth", "synth-prompts"))
    groups["refusals"] = np.array([r.get("family") == "refusal" for r in rows])
    report["operating_points"] = operating_points(oof, harmful, groups)
    head, gate = train(np.arange(len(y)))
    export(OUT, head, LABELS, encoder="use-m3", negative="safe", gate=gate, categories=RISK)
    scores = {
        "thresholds": thresholds,
        "C": C,
        "rows": len(rows),
        "out_of_fold": report,
        "categories": {label: RISK[label] for label in LABELS[1:]},
        "train_seconds": round(time.perf_counter() - started, 1),
    }
    (OUT / "scores.json").write_text(json.dumps(scores, indent=2, ensure_ascii=False) + "\n")
    print(json.dumps(scores, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
