"""Train models/zh_spam: Chinese spam and unlawful commerce (gambling, fraud, black market, sex).

    python scripts/train_spam_model.py    # seeded; a few minutes on 2 CPU cores

A softmax head (``safe`` and four harms) over multilingual USE v3 embeddings and hashed
character 1–3-grams. The harmful side, its look-alikes and everyday chat lines are written by
scripts/synth_spam.py; ordinary text (COLD's comments of both labels, SWSR's non-sexist
comments, XSafety's harmless prompts, everyday requests and answers) keeps it from calling
every short Chinese post spam.

The shipped head is the logit average of heads trained on ``DRAWS`` synthetic draws (the same
templates, vocabulary and ordinary text, other random picks): one head trained on one draw moved
single posts by ±0.1 from one small data change to the next (thirty-first session).

Estimates: the synthetic posts are written from two disjoint halves of every vocabulary list;
a model trained on one half scores the other (vocabulary and templates it never saw), and the
ordinary text is split in two folds the same way. COLD dev's comments (never trained on) give
the share of ordinary comments flagged. The out-of-fold rows are the first draw's, scored by
the average of every draw's head trained on the other half.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpora
import synth_spam
from _data import REPO
from _embed import embed
from _heads import (
    Features,
    LogitAverage,
    export,
    fit,
    harm_score,
    ngram_matrix,
    rate,
    share_weights,
)

OUT = REPO / "models" / "zh_spam"
C = 4.0
LABELS = ["safe", "gambling", "fraud", "black_market", "sexual"]
RISK = {
    "gambling": "A1-h.gambling",
    "fraud": "A1-h.fraud",
    "black_market": "A3-e.black_market",
    "sexual": "A1-f.sexual",
}
SHARES = {"spam": 0.45, "lookalike": 0.2, "ordinary": 0.35}
DRAWS = 5


def ordinary_rows() -> list[dict[str, object]]:
    """Chinese text that is not spam: comments (offensive or not), prompts, everyday chat."""
    rows = [r for r in corpora.cold("train")]
    rows += [r for r in corpora.swsr() if r["label"] == 0]
    rows += [
        r for r in corpora.xsafety() if r["lang"] == "zh" and r["category"] in corpora.XSAFETY_SAFE
    ]
    rows += [r for r in corpora.synth_casual() if r["lang"] == "zh"]
    return [{**r, "label": "safe"} for r in rows]


class Draw:
    """One synthetic draw beside the ordinary text: its rows, features, labels and weights."""

    def __init__(self, seed: int, ordinary: list[dict[str, object]], fold_of: np.ndarray) -> None:
        posts = synth_spam.posts(per_label=1200, seed=seed)
        rows: list[dict[str, object]] = [
            {
                "text": p.text,
                "label": p.label,
                "kind": "lookalike" if p.label == "safe" else "spam",
                "family": p.family,
                "fold": p.half,
            }
            for p in posts
        ]
        rows += [
            {**r, "kind": "ordinary", "fold": int(f)}
            for r, f in zip(ordinary, fold_of, strict=True)
        ]
        texts = [str(r["text"]) for r in rows]
        self.rows = rows
        self.features = Features(embed(texts, progress=seed == 0), ngram_matrix(texts))
        self.y = np.array([LABELS.index(str(r["label"])) for r in rows])
        self.kinds = np.array([r["kind"] for r in rows])
        self.chat = np.array([r.get("family") == "chat" for r in rows])
        self.folds = np.array([r["fold"] for r in rows])
        self.weights = share_weights(self.kinds, SHARES)

    def train(self, index: np.ndarray) -> object:
        return fit(self.features.both(index), self.y[index], c=C, weight=self.weights[index])


def main() -> None:
    started = time.perf_counter()
    ordinary = ordinary_rows()
    fold_of = np.random.default_rng(0).integers(0, 2, len(ordinary))
    draws = [Draw(seed, ordinary, fold_of) for seed in range(DRAWS)]
    first = draws[0]
    y, kinds, chat = first.y, first.kinds, first.chat

    held = np.zeros(len(first.rows))
    for fold in (0, 1):
        test = np.flatnonzero(first.folds == fold)
        heads = [d.train(np.flatnonzero(d.folds != fold)) for d in draws]
        held[test] = harm_score(LogitAverage(heads), first.features.both(test))

    model = LogitAverage([d.train(np.arange(len(d.rows))) for d in draws])
    cold_dev = corpora.cold("dev")
    dev_texts = [str(r["text"]) for r in cold_dev]
    dev_scores = harm_score(
        model, Features(embed(dev_texts), ngram_matrix(dev_texts)).both(np.arange(len(dev_texts)))
    )

    thresholds = (0.3, 0.5, 0.7, 0.8, 0.9)
    table: dict[str, dict[str, float]] = {}
    for t in thresholds:
        row = {f"{label} caught": rate(held[y == LABELS.index(label)] >= t) for label in LABELS[1:]}
        row["look-alikes flagged"] = rate(held[(kinds == "lookalike") & ~chat] >= t)
        row["everyday chat lines flagged"] = rate(held[chat] >= t)
        row["ordinary flagged"] = rate(held[kinds == "ordinary"] >= t)
        row["COLD dev flagged (never trained on)"] = rate(dev_scores >= t)
        table[str(t)] = row
    scores = {
        "C": C,
        "shares": SHARES,
        "draws": DRAWS,
        "rows": {kind: int((kinds == kind).sum()) for kind in SHARES},
        "out_of_fold (other vocabulary half, other ordinary fold; first draw)": table,
        "categories": RISK,
    }
    export(OUT, model, LABELS, encoder="use-m3", negative="safe", categories=RISK)
    scores["train_seconds"] = round(time.perf_counter() - started, 1)
    (OUT / "scores.json").write_text(json.dumps(scores, indent=2, ensure_ascii=False) + "\n")
    print(json.dumps(scores, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
