"""Train models/self_harm_ask: asking for a way to die or self-injure, Chinese and English.

    python scripts/train_self_harm_ask_model.py    # seeded; about a minute on 2 CPU cores

A logistic head (``safe`` / ``self_harm``) over multilingual USE v3 embeddings. The asks are
written by hand: the eight sets of scripts/self_harm_requests.py (the first seven are
patterns/self-harm-asks.yaml's examples) and whatever else that file lists; the safe side is
their answerable twins (the file's counter-examples), the synthetic look-alikes and
protective questions of scripts/synth.py and scripts/synth_protective.py, the everyday
requests of scripts/synth_benign.py, and ordinary text that names death without asking for it:
COLD's training comments, SWSR's even rows, Davidson's even rows, DiaSafety's training
responses (without them the head fired on 168 of COLD's 32,157 comments that say a death
word). The fortieth session read these asks by the nearest example (``embedding_topics``); a
head trained on them generalises further to sets written apart (the card).

Estimates, leave one set out: each of the fourth to eighth sets is scored by a head trained
on every other set, with a fifth of the synthetic safe requests held out (by text) and scored
the same way; ordinary text never trained on (COLD dev, SWSR's and Davidson's odd rows,
DiaSafety's validation responses) gives the share of ordinary text the head fires on.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import yaml
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parent))

import self_harm_requests as sets
import synth_benign
from _data import REPO, cold_rows, csv_rows, jsonl_rows
from _embed import embed
from _heads import export
from phrase_coverage import synthetic_safe_requests

SEED = 41
C = 4.0
THRESHOLD = 0.5  # the policies' bar (the card)
OUT = REPO / "models" / "self_harm_ask"
SETS = ["PROBE", "SECOND", "THIRD", "FOURTH", "FIFTH", "SIXTH", "SEVENTH", "EIGHTH"]
HELD_OUT = SETS[3:]


def written_sets() -> dict[str, tuple[list[str], list[str]]]:
    """Each written set's asks and answerable twins."""
    return {
        name: (getattr(sets, f"{name}_HARMFUL"), getattr(sets, f"{name}_ANSWERABLE"))
        for name in SETS
    }


def file_extras() -> tuple[list[str], list[str]]:
    """The asks and counter-examples of patterns/self-harm-asks.yaml that no written set holds
    (everyday asks that share the words; whatever a reviewer adds there)."""
    found = yaml.safe_load((REPO / "policies/patterns/self-harm-asks.yaml").read_text("utf-8"))
    in_sets = {t for pair in written_sets().values() for part in pair for t in part}
    asks = [t for topic in found["topics"].values() for t in topic if t not in in_sets]
    return asks, [t for t in found["unlike"] if t not in in_sets]


def safe_requests() -> list[str]:
    """The synthetic look-alikes and protective questions, and the everyday requests."""
    texts = {t for lang in synthetic_safe_requests().values() for t in lang}
    texts |= {e.text for e in synth_benign.benign_requests() if e.label == 0}
    return sorted(texts)


def ordinary_text() -> tuple[list[str], list[str]]:
    """Comments and responses that may name a death but ask for nothing: (trained, held out)."""
    swsr = [r["text"] for r in jsonl_rows("swsr/comments.jsonl")]
    davidson = [r["tweet"] for r in csv_rows("davidson/labeled_data.csv")]
    dia = jsonl_rows("en-responses-labelled/diasafety.jsonl")
    trained = [r["TEXT"] for r in cold_rows("train")] + swsr[::2] + davidson[::2]
    trained += [r["text"] for r in dia if r["split"] == "train"]
    held = [r["TEXT"] for r in cold_rows("dev")] + swsr[1::2] + davidson[1::2]
    held += [r["text"] for r in dia if r["split"] != "train"]
    return trained, held


def fit(parts: list[np.ndarray]) -> LogisticRegression:
    """The asks (the first part) against the rest, each part weighing as much as the asks: a
    few hundred twins count as much as 78,000 comments."""
    x = np.concatenate(parts)
    y = np.r_[np.ones(len(parts[0])), np.zeros(len(x) - len(parts[0]))]
    weight = np.concatenate([np.full(len(p), len(parts[0]) / len(p)) for p in parts])
    model = LogisticRegression(C=C, max_iter=4000, random_state=SEED)
    return model.fit(x, y, sample_weight=weight)


def main() -> None:
    written = written_sets()
    extra_asks, extra = file_extras()
    safe = safe_requests()
    rng = np.random.default_rng(SEED)
    held_safe = set(rng.choice(len(safe), len(safe) // 5, replace=False).tolist())
    vec = {name: (embed(h), embed(a)) for name, (h, a) in written.items()}
    extra_x, safe_x = embed(extra), embed(safe, progress=True)
    extra_asks_x = embed(extra_asks) if extra_asks else np.zeros((0, safe_x.shape[1]), np.float32)
    ordinary, ordinary_held = ordinary_text()
    ordinary_x = embed(ordinary, progress=True)
    ordinary_held_x = embed(ordinary_held, progress=True)
    safe_train = safe_x[[i for i in range(len(safe)) if i not in held_safe]]
    safe_test = safe_x[sorted(held_safe)]

    scores: dict[str, object] = {"threshold": THRESHOLD, "seed": SEED, "C": C}
    print("held-out set   thr   asks   twins   synthetic safe, ordinary text (held out)")
    for held in HELD_OUT:
        asks = np.concatenate([vec[n][0] for n in SETS if n != held] + [extra_asks_x])
        twins = np.concatenate([vec[n][1] for n in SETS if n != held] + [extra_x])
        model = fit([asks, twins, safe_train, ordinary_x])
        row = {}
        for threshold in (0.5, 0.6, 0.7):
            counts = [
                int((model.predict_proba(part)[:, 1] >= threshold).sum())
                for part in (vec[held][0], vec[held][1], safe_test, ordinary_held_x)
            ]
            row[str(threshold)] = counts
            print(f"{held:12s} {threshold:4.1f} {counts[0]:3d}/{len(vec[held][0])}"
                  f" {counts[1]:4d}/{len(vec[held][1])} {counts[2]:6d}/{len(safe_test)}"
                  f" {counts[3]:6d}/{len(ordinary_held_x)}")  # fmt: skip
        scores[held] = row

    asks = np.concatenate([vec[n][0] for n in SETS] + [extra_asks_x])
    twins = np.concatenate([vec[n][1] for n in SETS] + [extra_x])
    model = fit([asks, twins, safe_x, np.concatenate([ordinary_x, ordinary_held_x])])
    scores["rows"] = {"asks": len(asks), "twins": len(twins), "synthetic safe": len(safe_x),
                      "ordinary": len(ordinary) + len(ordinary_held)}  # fmt: skip
    export(OUT, model, ["safe", "self_harm"], encoder="use-m3", negative="safe",
           categories={"self_harm": "A4-a.self_harm"})  # fmt: skip
    (OUT / "scores.json").write_text(json.dumps(scores, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT / 'head.json'}: {scores['rows']}")


if __name__ == "__main__":
    main()
