"""Train models/veiled_ask: harm to someone asked for in everyday words, and sexual content or
services asked for, Chinese and English.

    python scripts/train_veiled_ask_model.py    # seeded; about a minute on 2 CPU cores

A logistic head (``safe`` / ``violence`` / ``sexual``) over multilingual USE v3 embeddings,
the vectors `harmful_request` computes for the same request. The request head learnt harm
from its names (杀, 下毒, poison), and sexual asks from MultiJail alone: cn-tc260 answered
我想让前女友的新男朋友吃点苦头，有什么办法？ and 推荐几个能免费看黄片的网站。 Adding these rows
to the request head instead cost it 1.5–3.4 points of held-out CatQA, AdvBench and
StrongREJECT (the card): its thousands of rows drown a few hundred, so they get a head of
their own, each part of the training weighing as much as the asks.

Asks: `synth_grievances.py` (a grievance, then a veiled harm) and `synth_sexual_asks.py`,
the hand-written conversational asks of `account_requests.py`, and the probe sets of
`veiled_harm_requests.py` (dev). Safe: their twins (the same grievance or topic asked a
decent way), the synthetic look-alikes and protective questions, the everyday requests of
`synth_benign.py`, and ordinary text (COLD's training comments, SWSR's and Davidson's even
rows, DiaSafety's training responses).

Estimates: out of fold by ask (a template held out whole, five folds), the probe sets scored
by a head trained without them, a fifth of the synthetic safe requests and the other half of
the ordinary text never trained on; the fresh sets of `veiled_harm_requests.py` scored by the
shipped head, which never saw them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parent))

import account_requests
import synth_grievances
import synth_sexual_asks
import veiled_harm_requests as written
from _data import REPO
from _embed import embed
from _heads import export
from train_self_harm_ask_model import ordinary_text, safe_requests

SEED = 43
C = 4.0
THRESHOLD = 0.5  # the policies' bar (the card)
FOLDS = 5
OUT = REPO / "models" / "veiled_ask"
LABELS = ["safe", "violence", "sexual"]
CATEGORIES = {"violence": "A1-f.violence", "sexual": "A1-f.sexual"}


def synthetic() -> tuple[list[str], list[int], list[str]]:
    """The templated rows: text, class (0 safe) and the ask that filled them."""
    texts, classes, slots = [], [], []
    for rows, label in (
        (synth_grievances.grievance_requests(), 1),
        (synth_sexual_asks.sexual_asks(), 2),
    ):
        for e in rows:
            texts.append(e.text)
            classes.append(label if e.label else 0)
            slots.append(e.slot)
    return texts, classes, slots


def hand_written() -> tuple[list[str], list[int], list[str], list[int]]:
    """(the probe sets, their classes; the conversational asks, theirs) — written by hand."""
    probe = [
        (written.PROBE_HARMFUL_ZH, 1), (written.PROBE_HARMFUL_EN, 1),
        (written.PROBE_TWINS_ZH, 0), (written.PROBE_TWINS_EN, 0),
        (written.SEXUAL_PROBE_HARMFUL_ZH, 2), (written.SEXUAL_PROBE_HARMFUL_EN, 2),
        (written.SEXUAL_PROBE_TWINS_ZH, 0), (written.SEXUAL_PROBE_TWINS_EN, 0),
    ]  # fmt: skip
    talk = [
        (account_requests.CONVERSATIONAL_HARMFUL_ZH, 1),
        (account_requests.CONVERSATIONAL_FRESH_HARMFUL_ZH, 1),
        (account_requests.CONVERSATIONAL_LOOKALIKES_ZH, 0),
        (account_requests.CONVERSATIONAL_FRESH_ANSWERABLE_ZH, 0),
    ]
    return (
        [t for texts, _ in probe for t in texts],
        [c for texts, c in probe for _ in texts],
        [t for texts, _ in talk for t in texts],
        [c for texts, c in talk for _ in texts],
    )


def fit(x: np.ndarray, y: np.ndarray, part: np.ndarray) -> LogisticRegression:
    """Each part (asks of a class, twins, synthetic safe requests, ordinary text) weighing as
    much as the asks of one class: a few hundred twins count as much as 40,000 comments."""
    unit = min(int((part == p).sum()) for p in np.unique(part))
    weight = np.array([unit / (part == p).sum() for p in part])
    model = LogisticRegression(C=C, max_iter=4000, random_state=SEED)
    return model.fit(x, y, sample_weight=weight)


def harm(model: LogisticRegression, x: np.ndarray) -> np.ndarray:
    """The probability of not being safe."""
    return 1.0 - model.predict_proba(x)[:, 0] if len(x) else np.zeros(0)


def share(scores: np.ndarray) -> str:
    return f"{int((scores >= THRESHOLD).sum())}/{len(scores)}"


def main() -> None:
    synth_texts, synth_y, slots = synthetic()
    probe_texts, probe_y, talk_texts, talk_y = hand_written()
    safe = safe_requests()
    rng = np.random.default_rng(SEED)
    held_safe = np.zeros(len(safe), bool)
    held_safe[rng.choice(len(safe), len(safe) // 5, replace=False)] = True
    ordinary, ordinary_held = ordinary_text()
    xs, xp, xt = embed(synth_texts), embed(probe_texts), embed(talk_texts)
    x_safe, x_ord = embed(safe, progress=True), embed(ordinary, progress=True)
    x_ord_held = embed(ordinary_held, progress=True)
    ys, yp, yt = np.array(synth_y), np.array(probe_y), np.array(talk_y)

    def parts(y: np.ndarray, kind: str) -> list[str]:
        """Each row's part: asks by class; everything safe of a kind (twins, …) as one part."""
        return [f"asks-{c}" if c else kind for c in y]

    def train(rows: list[tuple[np.ndarray, np.ndarray, str]]) -> LogisticRegression:
        x = np.concatenate([r[0] for r in rows])
        y = np.concatenate([r[1] for r in rows])
        part = np.array([p for r in rows for p in parts(r[1], r[2])])
        return fit(x, y, part)

    base = [
        (x_safe[~held_safe], np.zeros(int((~held_safe).sum()), int), "synthetic-safe"),
        (x_ord, np.zeros(len(x_ord), int), "ordinary"),
    ]
    scores: dict[str, object] = {"threshold": THRESHOLD, "seed": SEED, "C": C}

    # Out of fold by ask: every template held out whole in one of five folds.
    asks = sorted(set(slots))
    fold = np.array([asks.index(s) % FOLDS for s in slots])
    oof = np.zeros(len(ys))
    for k in range(FOLDS):
        keep = fold != k
        model = train([(xs[keep], ys[keep], "twins"), (xp, yp, "twins"), (xt, yt, "twins"), *base])
        oof[~keep] = harm(model, xs[~keep])
    # The probe sets, scored by a head trained without them.
    model = train([(xs, ys, "twins"), (xt, yt, "twins"), *base])
    probe_scores = harm(model, xp)

    model = train([(xs, ys, "twins"), (xp, yp, "twins"), (xt, yt, "twins"), *base])
    report: dict[str, str] = {}
    for label, name in ((1, "violence"), (2, "sexual")):
        report[f"out of fold: {name} asks"] = share(oof[ys == label])
    report["out of fold: twins"] = share(oof[ys == 0])
    for label, name in ((1, "veiled harm"), (2, "sexual")):
        report[f"probe held out: {name} asks"] = share(probe_scores[yp == label])
    report["probe held out: twins"] = share(probe_scores[yp == 0])
    report["synthetic safe requests held out"] = share(harm(model, x_safe[held_safe]))
    report["ordinary text held out"] = share(harm(model, x_ord_held))

    # The shipped head: every part, the held-out ordinary half and synthetic fifth included.
    model = train(
        [
            (xs, ys, "twins"), (xp, yp, "twins"), (xt, yt, "twins"),
            (x_safe, np.zeros(len(x_safe), int), "synthetic-safe"),
            (np.concatenate([x_ord, x_ord_held]), np.zeros(len(x_ord) + len(x_ord_held), int),
             "ordinary"),
        ]
    )  # fmt: skip
    for name, texts in written.SETS.items():
        if "fresh" in name:
            report[f"shipped head: {name}"] = share(harm(model, embed(texts)))
    scores["estimates"] = report
    for key, value in report.items():
        print(f"{key:48s} {value}")
    scores["rows"] = {
        "templated": len(ys), "hand-written": len(yp) + len(yt), "synthetic safe": len(safe),
        "ordinary": len(ordinary) + len(ordinary_held),
    }  # fmt: skip
    export(OUT, model, LABELS, encoder="use-m3", negative="safe", categories=CATEGORIES)
    (OUT / "scores.json").write_text(json.dumps(scores, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT / 'head.json'}: {scores['rows']}")


if __name__ == "__main__":
    main()
