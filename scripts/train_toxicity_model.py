"""Train models/toxicity: abuse and hate in Chinese and English, one multilingual head.

    python scripts/train_toxicity_model.py    # seeded; a few minutes on 2 CPU cores

A softmax head (``safe``, ``abuse``) over multilingual USE v3 embeddings, trained on five
sources at once so that no one platform's style decides: COLD train (Chinese, race, gender,
region), SWSR (Chinese sexism, Weibo), Davidson (English tweets: hate and neither; the
"offensive" class, mostly profanity, is left out), ToxiGen seeds (English implicit hate),
XSafety's Insult and Discrimination prompts against its harmless categories (both languages),
scripts/synth.py's hate statements with their counter-speech and negated look-alikes, and
scripts/synth_news.py's neutral news about harms (safe: arrests, trends, a group's own news).

Estimates: each source scored by a model trained without it; HateCheck-dev (never trained
on) by functionality; COLD dev (dev flatters).
"""

from __future__ import annotations

import collections
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpora
from _data import REPO
from _embed import embed
from _heads import (
    balanced_weights,
    export,
    fit,
    harm_score,
    rate,
    share_weights,
    threshold_for,
)

OUT = REPO / "models" / "toxicity"
C = 1.0
XSAFETY_TOXIC = {"Insult", "Unfairness_And_Discrimination"}
GATE_SHARES = {"counter": 0.5, "hate": 0.3, "other": 0.2}
SOURCES = ["cold_train", "swsr", "davidson", "toxigen", "xsafety", "synth_hate", "synth_news"]


def training_rows(name: str) -> list[dict[str, object]]:
    rows = corpora.ALL[name]()
    if name == "davidson":
        return [r for r in rows if r["category"] != "offensive"]
    if name == "xsafety":
        kept = [r for r in rows if r["category"] in XSAFETY_TOXIC | corpora.XSAFETY_SAFE]
        for r in kept:
            r["label"] = int(r["category"] in XSAFETY_TOXIC)
        return kept
    return rows


def balanced_accuracy(truth: np.ndarray, flagged: np.ndarray) -> float:
    return round(float((flagged[truth].mean() + (~flagged[~truth]).mean()) / 2), 4)


def evaluate(gated: bool, vectors: dict, labels: dict, counter: dict) -> tuple:
    """Train (with or without the counter-speech gate) and score; returns (models, scores)."""

    def train_without(excluded: str | None) -> tuple[object, object | None]:
        names = [n for n in SOURCES if n != excluded]
        x = np.vstack([vectors[n] for n in names])
        y = np.concatenate([labels[n] for n in names])
        opposes = np.concatenate([counter[n] for n in names])
        if not gated or not opposes.any():  # synth_hate held out: no counter-speech left
            return fit(x, y, c=C, weight=balanced_weights(y > 0)), None
        topic = ~opposes  # the abuse head never sees counter-speech; the gate learns it
        head = fit(x[topic], y[topic], c=C, weight=balanced_weights(y[topic] > 0))
        # The gate must tell a hateful statement from the same statement opposed: the
        # synthetic hate (plain and behind a disclaimer) carries as much weight as the
        # counter-speech; all other text the rest.
        synthetic = np.concatenate([np.full(len(labels[n]), n == "synth_hate") for n in names])
        kinds = np.where(opposes, "counter", np.where(synthetic & (y > 0), "hate", "other"))
        weights = share_weights(kinds, GATE_SHARES)
        return head, fit(x, opposes.astype(int), c=C, weight=weights)

    def score(models: tuple[object, object | None], x: np.ndarray) -> np.ndarray:
        head, gate = models
        abuse = harm_score(head, x)
        return abuse if gate is None else abuse * harm_score(gate, x, negative=1)

    models = train_without(None)
    cold_dev = corpora.cold("dev")
    dev_scores = score(models, embed([r["text"] for r in cold_dev]))
    dev_truth = np.array([r["label"] == 1 for r in cold_dev])
    flag_at = threshold_for(dev_scores[~dev_truth], 0.05)
    # flag: the trained balance; policy: what both policies flag English at (best HateCheck-dev
    # balanced accuracy with COLD dev held at 5 % false positives together with zh_offensive);
    # strict: 5 % of COLD dev's safe comments.
    thresholds = {"flag": 0.5, "policy": 0.7, "strict": flag_at}
    cross: dict[str, object] = {}
    for name in SOURCES:
        held = score(train_without(name), vectors[name])
        truth = labels[name] > 0
        if truth.any():
            cross[name] = {t: balanced_accuracy(truth, held >= v) for t, v in thresholds.items()}
        else:  # safe text only (the news): the share flagged
            cross[name] = {f"{t} (flagged)": rate(held >= v) for t, v in thresholds.items()}
    hatecheck = corpora.hatecheck()
    hc_scores = score(models, embed([r["text"] for r in hatecheck]))
    hc_truth = np.array([r["label"] == 1 for r in hatecheck])
    by_function: dict[str, list[bool]] = collections.defaultdict(list)
    for row, value in zip(hatecheck, hc_scores, strict=True):
        by_function[str(row["category"])].append((value >= 0.7) == bool(row["label"]))
    return models, {
        "thresholds": thresholds,
        "cross_source_balanced_accuracy": cross,
        "hatecheck_dev_balanced_accuracy": {
            t: balanced_accuracy(hc_truth, hc_scores >= v) for t, v in thresholds.items()
        },
        "hatecheck_dev_accuracy_by_functionality (at 0.7)": {
            k: rate(np.array(v)) for k, v in sorted(by_function.items())
        },
        "cold_dev (dev flatters)": {
            t: {
                "accuracy": rate((dev_scores >= v) == dev_truth),
                "safe_flagged": rate(dev_scores[~dev_truth] >= v),
                "offensive_caught": rate(dev_scores[dev_truth] >= v),
            }
            for t, v in thresholds.items()
        },
    }


def main() -> None:
    started = time.perf_counter()
    sets = {name: training_rows(name) for name in SOURCES}
    vectors = {name: embed([str(r["text"]) for r in rows]) for name, rows in sets.items()}
    labels = {name: np.array([int(r["label"]) for r in rows]) for name, rows in sets.items()}
    counter = {
        name: np.array([r.get("family") == "counter" for r in rows]) for name, rows in sets.items()
    }
    (head, gate), gated = evaluate(True, vectors, labels, counter)
    _, plain = evaluate(False, vectors, labels, counter)
    scores = {
        "C": C,
        "rows": {name: len(rows) for name, rows in sets.items()},
        "counter_speech_rows (gate)": int(sum(c.sum() for c in counter.values())),
        "with the counter-speech gate (shipped)": gated,
        "without the gate (same run, for comparison)": plain,
    }
    export(OUT, head, ["safe", "abuse"], encoder="use-m3", negative="safe", gate=gate)
    scores["train_seconds"] = round(time.perf_counter() - started, 1)
    (OUT / "scores.json").write_text(json.dumps(scores, indent=2, ensure_ascii=False) + "\n")
    print(json.dumps(scores, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
