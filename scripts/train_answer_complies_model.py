"""Train models/answer_complies: does an answer go along with what it was asked, or push back?

    python scripts/train_answer_complies_model.py   # seeded; about a minute on 2 CPU cores

A logistic head (``pushes_back`` / ``complies``) over multilingual USE v3 embeddings. It judges
stance, not topic: both sides are about the same harms. Goes along: AISafetyLab's complying
answers, the complying answers of scripts/synth.py (steps for a harmful act, and for each shared
harmful request an answer that quotes it and complies), and the answers to stop of
scripts/answer_kinds.py (prose that complies, insults, ads, rumours: written here). Pushes back:
the refusals and responsible answers of scripts/synth.py (each shared harmful request refused
while quoting it), and the answers to pass of scripts/answer_kinds.py. Each part weighs the
same. A helpful answer to an everyday question also "goes along": the head is read only with
the request (a rule's ``asked``), never alone.

Estimates, each source held out: AISafetyLab scored by a head trained without it; the written
answers (answer_kinds) by a head trained without them; the probe pairs of
scripts/asked_answers.py, never trained on (dev: they chose the policies' bars).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

sys.path.insert(0, str(Path(__file__).resolve().parent))

import answer_kinds
import asked_answers
import corpora
from _data import REPO, jsonl_rows
from _embed import embed
from _heads import export

SEED = 42
C = 2.0
SYNTH_ROWS = 3000  # of each side's synthetic answers (templates: more adds nothing new)
OUT = REPO / "models" / "answer_complies"


def parts() -> dict[str, tuple[list[str], int]]:
    """Each training part: its texts and label (1: goes along)."""
    rng = np.random.default_rng(SEED)

    def sample(texts: list[str]) -> list[str]:
        keep = rng.choice(len(texts), min(SYNTH_ROWS, len(texts)), replace=False)
        return [texts[i] for i in sorted(keep)]

    synth = corpora.synth_answers() + corpora.prompt_answers()
    pushback = {"refusal", "responsible"}
    aisafetylab = [r["text"] for r in jsonl_rows("zh-unsafe-answers/unsafe_answers.jsonl")]
    return {
        "aisafetylab": (aisafetylab, 1),
        "synth complies": (sample([r["text"] for r in synth if r["label"] == 1]), 1),
        "written complies": ([t for stop, _ in answer_kinds.SETS.values() for t in stop], 1),
        "synth pushes back": (
            sample([r["text"] for r in synth if r["label"] == 0 and r["family"] in pushback]),
            0,
        ),
        "written safe": ([t for _, keep in answer_kinds.SETS.values() for t in keep], 0),
    }  # fmt: skip


def fit(vectors: dict[str, tuple[np.ndarray, int]]) -> LogisticRegression:
    """Each part weighing as much as any other."""
    x = np.concatenate([v for v, _ in vectors.values()])
    y = np.concatenate([np.full(len(v), label) for v, label in vectors.values()])
    weight = np.concatenate([np.full(len(v), len(x) / len(v)) for v, _ in vectors.values()])
    model = LogisticRegression(C=C, max_iter=4000, random_state=SEED)
    return model.fit(x, y, sample_weight=weight / len(vectors))


def shares(model: LogisticRegression, x: np.ndarray) -> dict[str, float]:
    """Share of ``x`` at or above each bar."""
    p = model.predict_proba(x)[:, 1] if len(x) else np.zeros(0)
    return {str(t): round(float((p >= t).mean()), 4) if len(x) else 0.0 for t in (0.5, 0.7, 0.9)}


def main() -> None:
    texts = parts()
    vectors = {name: (embed(t, progress=True), label) for name, (t, label) in texts.items()}
    harmful, answerable = asked_answers.SETS["probe"]
    probe = {
        "complies": embed([c for _, c, _ in harmful]),
        "responsible": embed([s for _, _, s in harmful]),
        "helpful (everyday asks)": embed([a for _, a in answerable]),
    }
    scores: dict[str, object] = {"seed": SEED, "C": C}
    without = fit({k: v for k, v in vectors.items() if k != "aisafetylab"})
    held = vectors["aisafetylab"][0]
    scores["aisafetylab, trained without it: share caught"] = shares(without, held)
    written = ("written complies", "written safe")
    without = fit({k: v for k, v in vectors.items() if k not in written})
    scores["written answers, trained without them: complying caught"] = shares(
        without, vectors["written complies"][0]
    )
    scores["written answers, trained without them: safe caught"] = shares(
        without, vectors["written safe"][0]
    )
    model = fit(vectors)
    for name, x in probe.items():
        scores[f"probe (dev, never trained on) {name}"] = shares(model, x)
    for key, value in scores.items():
        print(f"{key}: {value}")
    scores["rows"] = {name: len(t) for name, (t, _) in texts.items()}
    export(OUT, model, ["pushes_back", "complies"], encoder="use-m3", negative="pushes_back",
           categories={"complies": "stance.complies"})  # fmt: skip
    (OUT / "scores.json").write_text(json.dumps(scores, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT / 'head.json'}: {scores['rows']}")


if __name__ == "__main__":
    main()
