"""Train the heads whose texts to flag were written here: models/sexual_content (and threats).

    python scripts/train_written_model.py sexual [--spam]   # seeded; under a minute once embedded
    python scripts/train_written_model.py threats           # measured only: not shipped

A logistic head over multilingual USE v3 embeddings (the encoder the other heads share, so a
policy pays one 512 × 2 product for it). The texts to flag and their look-alikes are the three
sets of scripts/written_sexual.py or scripts/written_threats.py, plus that file's refusals and
warnings that name the same things; ordinary text (COLD train, Davidson's "neither" tweets,
XSafety's harmless prompts, everyday requests and answers written by scripts/synth*.py) keeps
the head from reading every bed, body, knife or fight as the harm. ``--spam`` adds
scripts/synth_spam.py's sexual ads as more texts to flag (measured, not shipped: see the card).

Estimates: each written set is scored by a head trained on the other two (its wording and its
look-alikes never seen), the refusals half by half; sets never trained on (COLD dev, SWSR,
DiaSafety, HateCheck-dev, ToxiGen, the harmful requests, AISafetyLab's answers, the Chinese
moderation-kind posts of scripts/short_texts.py) give the rest. The shipped head is trained on
all of it with the same settings.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpora
import short_texts
import synth_spam
import written_sexual
import written_threats
from _data import REPO
from _embed import embed
from _heads import export, fit, harm_score, rate, share_weights

C = 3.0
SEED = 0


@dataclass(frozen=True)
class Topic:
    folder: str
    label: str
    risk: str  # the TC260-003 risk id its findings carry
    written: ModuleType  # SETS (name → texts to flag, look-alikes) and REFUSALS
    moderation_kinds: frozenset[str]  # scripts/short_texts.py's kinds this head is for
    shipped: bool = True  # False: measured and printed, never written to models/


TOPICS = {
    "sexual": Topic(
        "sexual_content", "sexual", "A1-f.sexual", written_sexual, frozenset({"sexual", "vulgar"})
    ),
    # Not shipped: the held-out sets' look-alikes flagged as often as a quarter (docs/measured.md).
    "threats": Topic(
        "threats", "threat", "A1-f.violence", written_threats, frozenset(), shipped=False
    ),
}
SHARES = {"harmful": 0.5, "lookalike": 0.1, "ordinary": 0.4}
# Look-alike lists of the written module (what its scores call them), each trained in two halves.
LOOKALIKE_GROUPS = {
    "REFUSALS": "refusals and warnings",
    "EVERYDAY": "everyday lines at home",
    "CLINICAL": "clinical and care instructions",
}
THRESHOLDS = (0.5, 0.7, 0.8, 0.9, 0.95)


def ordinary_texts() -> list[str]:
    """Text that is none of the harms, for training: comments, tweets, prompts, chat."""
    rows = corpora.cold("train")
    rows += [r for r in corpora.davidson() if r["category"] == "neither"]
    rows += [r for r in corpora.xsafety() if r["category"] in corpora.XSAFETY_SAFE]
    rows += corpora.synth_casual() + [r for r in corpora.synth_benign_requests() if r["label"] == 0]
    rows += [r for r in corpora.synth_answers() if r["label"] == 0]
    return [str(r["text"]) for r in rows]


def heldout_sets(topic: Topic) -> dict[str, list[str]]:
    """Texts never trained on: the moderation-kind posts and the shared sets."""
    posts = short_texts.MODERATION_FRESH + short_texts.MODERATION_DEV
    kinds = topic.moderation_kinds
    sets = {
        "moderation posts of its kinds (caught)": [t for t, _, kind in posts if kind in kinds],
        "moderation posts, other harms": [
            t for t, label, kind in posts if label and kind not in kinds
        ],
        "moderation posts, ordinary": [t for t, label, kind in posts if not label],
        "HateCheck-dev threats": [
            str(r["text"]) for r in corpora.hatecheck() if "threat" in str(r["category"])
        ],
        "COLD dev": [str(r["text"]) for r in corpora.cold("dev")],
        "SWSR": [str(r["text"]) for r in corpora.swsr()],
        "DiaSafety safe": [str(r["text"]) for r in corpora.diasafety() if not r["label"]],
        "Davidson hate and offensive": [str(r["text"]) for r in corpora.davidson() if r["label"]],
        "HateCheck-dev": [str(r["text"]) for r in corpora.hatecheck()],
        "ToxiGen": [str(r["text"]) for r in corpora.toxigen()],
        "harmful requests": [str(r["text"]) for r in corpora.harmful_prompts()],
        "AISafetyLab answers": [str(r["text"]) for r in corpora.zh_unsafe_answers()],
        "clinical instructions written apart": list(getattr(topic.written, "CLINICAL_FRESH", [])),
    }
    return {name: texts for name, texts in sets.items() if texts}


class Trainer:
    def __init__(self, topic: Topic, with_spam: bool) -> None:
        texts: list[str] = []
        kinds: list[str] = []
        sets: list[str] = []
        for name, (harmful, lookalikes) in topic.written.SETS.items():
            texts += harmful + lookalikes
            kinds += ["harmful"] * len(harmful) + ["lookalike"] * len(lookalikes)
            sets += [name] * (len(harmful) + len(lookalikes))
        for group in LOOKALIKE_GROUPS:  # refusals naming the same things, everyday lines
            for half in (0, 1):
                lines = getattr(topic.written, group, [])[half::2]
                texts += lines
                kinds += ["lookalike"] * len(lines)
                sets += [f"{group} {half}"] * len(lines)
        if with_spam:
            ads = [p.text for p in synth_spam.posts(per_label=400) if p.label == "sexual"]
            texts += ads
            kinds += ["harmful"] * len(ads)
            sets += ["spam"] * len(ads)
        ordinary = ordinary_texts()
        texts += ordinary
        kinds += ["ordinary"] * len(ordinary)
        sets += [""] * len(ordinary)
        self.x = embed(texts, progress=True)
        self.kinds = np.array(kinds)
        self.sets = np.array(sets)
        self.y = (self.kinds == "harmful").astype(int)
        self.weights = share_weights(self.kinds, SHARES)

    def train(self, index: np.ndarray) -> object:
        return fit(self.x[index], self.y[index], c=C, weight=self.weights[index])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("topic", choices=sorted(TOPICS))
    parser.add_argument("--spam", action="store_true", help="add synth_spam's sexual ads")
    args = parser.parse_args()
    topic = TOPICS[args.topic]
    np.random.seed(SEED)
    trainer = Trainer(topic, args.spam)
    crossed: dict[str, dict[str, dict[str, float]]] = {}
    held_rows: dict[str, list[float]] = {"harmful": [], "lookalike": []}
    for name in topic.written.SETS:
        test = trainer.sets == name
        scores = harm_score(trainer.train(np.flatnonzero(~test)), trainer.x[test])
        kinds = trainer.kinds[test]
        crossed[name] = {
            str(t): {
                "caught": rate(scores[kinds == "harmful"] >= t),
                "look-alikes flagged": rate(scores[kinds == "lookalike"] >= t),
            }
            for t in THRESHOLDS
        }
        for kind, values in held_rows.items():
            values += scores[kinds == kind].tolist()
    halves: dict[str, dict[str, dict[str, float]]] = {}
    for group, called in LOOKALIKE_GROUPS.items():
        found = halves[f"{called}, each half scored by a head trained on the other (flagged)"] = {}
        for half in (f"{group} 0", f"{group} 1"):
            test = trainer.sets == half
            if test.any():
                scores = harm_score(trainer.train(np.flatnonzero(~test)), trainer.x[test])
                found[half] = {str(t): rate(scores >= t) for t in THRESHOLDS}
    pooled = {
        str(t): {kind: rate(np.array(values) >= t) for kind, values in held_rows.items()}
        for t in THRESHOLDS
    }
    model = trainer.train(np.arange(len(trainer.y)))
    shared = {}
    for name, texts in heldout_sets(topic).items():
        scores = harm_score(model, embed(texts, progress=True))
        shared[name] = {"rows": len(texts), **{str(t): rate(scores >= t) for t in THRESHOLDS}}
    categories = {topic.label: topic.risk}
    report = {
        "C": C,
        "seed": SEED,
        "shares": SHARES,
        "with synthetic spam ads": args.spam,
        "rows": {kind: int((trainer.kinds == kind).sum()) for kind in SHARES},
        "each written set scored by a head trained on the other two": crossed,
        "the three sets pooled (harmful caught, look-alikes flagged)": pooled,
        **halves,
        "never trained on (share flagged; the shipped head)": shared,
        "categories": categories,
    }
    if topic.shipped and not args.spam:
        out = REPO / "models" / topic.folder
        labels = ["safe", topic.label]
        export(out, model, labels, encoder="use-m3", negative="safe", categories=categories)
        (out / "scores.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
