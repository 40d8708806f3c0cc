"""Train models/sexual_content: sexual content said or asked for, English and Chinese.

    python scripts/train_sexual_model.py [--spam]   # seeded; under a minute once embedded

A logistic head over multilingual USE v3 embeddings (the encoder the other heads share, so a
policy pays one 512 × 2 product for it). The texts to flag and their look-alikes are the three
sets of scripts/written_sexual.py; ordinary text (COLD train, Davidson's "neither" tweets,
XSafety's harmless prompts, everyday requests and answers written by scripts/synth*.py) keeps
it from calling every mention of a bed or a body sexual. ``--spam`` adds scripts/synth_spam.py's
sexual ads as more texts to flag (measured, not shipped: see the card).

Estimates: each written set is scored by a head trained on the other two (its wording and its
look-alikes never seen); the Chinese moderation-kind posts of scripts/short_texts.py (written in
the sixteenth session, before this model) and shared sets never trained on (COLD dev, SWSR,
DiaSafety, HateCheck-dev, ToxiGen, the harmful requests, AISafetyLab's answers) give the rest.
Refusals, warnings and sex education that name the same things (written_sexual.REFUSALS) are
look-alikes too, scored half by half. The shipped head is trained on all of it with the same
settings.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpora
import short_texts
import synth_spam
import written_sexual
from _data import REPO
from _embed import embed
from _heads import export, fit, harm_score, rate, share_weights

OUT = REPO / "models" / "sexual_content"
C = 3.0
SEED = 0
LABELS = ["safe", "sexual"]
RISK = {"sexual": "A1-f.sexual"}
XSAFETY_SAFE = {"commonsense", "Mental_Health", "Ethics_And_Morality", "Physical_Harm"}
SHARES = {"sexual": 0.5, "lookalike": 0.1, "ordinary": 0.4}
SEXUAL = {"sexual", "vulgar"}  # the kinds of scripts/short_texts.py's posts this model is for
THRESHOLDS = (0.5, 0.7, 0.8, 0.9, 0.95)


def ordinary_texts() -> list[str]:
    """Text that is not sexual content, for training: comments, tweets, prompts, chat."""
    rows = corpora.cold("train")
    rows += [r for r in corpora.davidson() if r["category"] == "neither"]
    rows += [r for r in corpora.xsafety() if r["category"] in XSAFETY_SAFE]
    rows += corpora.synth_casual() + [r for r in corpora.synth_benign_requests() if r["label"] == 0]
    rows += [r for r in corpora.synth_answers() if r["label"] == 0]
    return [str(r["text"]) for r in rows]


def heldout_sets() -> dict[str, list[str]]:
    """Texts never trained on: the moderation-kind posts and the shared sets."""
    fresh = short_texts.MODERATION_FRESH + short_texts.MODERATION_DEV
    sets = {
        "moderation posts, sexual and vulgar (caught)": [
            t for t, _, kind in fresh if kind in SEXUAL
        ],
        "moderation posts, other harms": [
            t for t, label, kind in fresh if label and kind not in SEXUAL
        ],
        "moderation posts, ordinary": [t for t, label, kind in fresh if not label],
        "COLD dev": [str(r["text"]) for r in corpora.cold("dev")],
        "SWSR": [str(r["text"]) for r in corpora.swsr()],
        "DiaSafety safe": [str(r["text"]) for r in corpora.diasafety() if not r["label"]],
        "Davidson hate and offensive": [str(r["text"]) for r in corpora.davidson() if r["label"]],
        "HateCheck-dev": [str(r["text"]) for r in corpora.hatecheck()],
        "ToxiGen": [str(r["text"]) for r in corpora.toxigen()],
        "harmful requests": [str(r["text"]) for r in corpora.harmful_prompts()],
        "AISafetyLab answers": [str(r["text"]) for r in corpora.zh_unsafe_answers()],
    }
    return sets


class Trainer:
    def __init__(self, with_spam: bool) -> None:
        texts: list[str] = []
        kinds: list[str] = []
        sets: list[str] = []
        for name, (sexual, lookalikes) in written_sexual.SETS.items():
            texts += sexual + lookalikes
            kinds += ["sexual"] * len(sexual) + ["lookalike"] * len(lookalikes)
            sets += [name] * (len(sexual) + len(lookalikes))
        for half in (0, 1):  # refusals and warnings that name the same things: more look-alikes
            refusals = written_sexual.REFUSALS[half::2]
            texts += refusals
            kinds += ["lookalike"] * len(refusals)
            sets += [f"refusals {half}"] * len(refusals)
        if with_spam:
            ads = [p.text for p in synth_spam.posts(per_label=400) if p.label == "sexual"]
            texts += ads
            kinds += ["sexual"] * len(ads)
            sets += ["spam"] * len(ads)
        ordinary = ordinary_texts()
        texts += ordinary
        kinds += ["ordinary"] * len(ordinary)
        sets += [""] * len(ordinary)
        self.x = embed(texts, progress=True)
        self.kinds = np.array(kinds)
        self.sets = np.array(sets)
        self.y = (self.kinds == "sexual").astype(int)
        self.weights = share_weights(self.kinds, SHARES)

    def train(self, index: np.ndarray) -> object:
        return fit(self.x[index], self.y[index], c=C, weight=self.weights[index])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--spam", action="store_true", help="add synth_spam's sexual ads")
    args = parser.parse_args()
    np.random.seed(SEED)
    trainer = Trainer(args.spam)
    crossed: dict[str, dict[str, dict[str, float]]] = {}
    held_rows: dict[str, list[float]] = {"sexual": [], "lookalike": []}
    for name in written_sexual.SETS:
        test = trainer.sets == name
        model = trainer.train(np.flatnonzero(~test))
        scores = harm_score(model, trainer.x[test])
        kinds = trainer.kinds[test]
        crossed[name] = {
            str(t): {
                "caught": rate(scores[kinds == "sexual"] >= t),
                "look-alikes flagged": rate(scores[kinds == "lookalike"] >= t),
            }
            for t in THRESHOLDS
        }
        held_rows["sexual"] += scores[kinds == "sexual"].tolist()
        held_rows["lookalike"] += scores[kinds == "lookalike"].tolist()
    refused = {}
    for half in ("refusals 0", "refusals 1"):
        test = trainer.sets == half
        scores = harm_score(trainer.train(np.flatnonzero(~test)), trainer.x[test])
        refused[half] = {str(t): rate(scores >= t) for t in THRESHOLDS}
    pooled = {
        str(t): {kind: rate(np.array(values) >= t) for kind, values in held_rows.items()}
        for t in THRESHOLDS
    }
    model = trainer.train(np.arange(len(trainer.y)))
    shared = {}
    for name, texts in heldout_sets().items():
        scores = harm_score(model, embed(texts, progress=True))
        shared[name] = {"rows": len(texts), **{str(t): rate(scores >= t) for t in THRESHOLDS}}
    report = {
        "C": C,
        "seed": SEED,
        "shares": SHARES,
        "with synthetic spam ads": args.spam,
        "rows": {kind: int((trainer.kinds == kind).sum()) for kind in SHARES},
        "each written set scored by a head trained on the other two": crossed,
        "the three sets pooled (sexual caught, look-alikes flagged)": pooled,
        "refusals and warnings, each half scored by a head trained on the other (flagged)": refused,
        "never trained on (share flagged; the shipped head)": shared,
        "categories": RISK,
    }
    if not args.spam:
        export(OUT, model, LABELS, encoder="use-m3", negative="safe", categories=RISK)
        (OUT / "scores.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
