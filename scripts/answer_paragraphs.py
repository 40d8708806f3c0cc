"""What reading an answer's paragraphs apart (`paragraphs: 4`, `line_runs`) changes for
models/harmful_answer, out of fold: AISafetyLab's complying answers scored by a model trained
without them, the synthetic safe and harmful answers of two act folds by one trained without
those acts. Each answer is scored whole and as the strongest of whole and runs.

    python scripts/answer_paragraphs.py
"""

from __future__ import annotations

import numpy as np
import train_answer_model as trained
from _embed import embed
from _heads import Features, fit_gated, gated_score, kind_weights, ngram_matrix

from aigc_guard.classifiers.embedding import line_runs

PARAGRAPHS = 4


def main() -> None:
    rows, x = trained.load()
    y = np.array([r["class"] for r in rows])
    harmful = y > 0
    weights = kind_weights(
        rows, harmful, trained.ORDINARY, {"harmful": 0.35, "safe": 0.35, "ordinary": 0.3}
    )
    refusal = np.array([r.get("family") == "refusal" for r in rows])
    features = Features(x, ngram_matrix([str(r["text"]) for r in rows]))
    acts = sorted({str(r["category"]) + str(i % 7) for i, r in enumerate(rows)})
    fold_of = {a: i % 5 for i, a in enumerate(acts)}  # the training script's act folds
    held = {
        "AISafetyLab complying answers (zh)": np.array(
            [str(r["source"]).startswith("AISafetyLab") for r in rows]
        ),
        "synthetic answers, acts of folds 0-1": np.array(
            [
                r["source"] == "synth" and fold_of[str(r["category"]) + str(i % 7)] < 2
                for i, r in enumerate(rows)
            ]
        ),
    }
    for name, test in held.items():
        model = fit_gated(features, y, refusal, np.flatnonzero(~test), c=trained.C, weights=weights)
        index = np.flatnonzero(test)
        whole = gated_score(model, features, index)
        best = whole.copy()
        runs, owners = [], []
        for k, i in enumerate(index):
            found = line_runs(str(rows[i]["text"]), PARAGRAPHS)
            runs += found
            owners += [k] * len(found)
        if runs:
            run_features = Features(np.asarray(embed(runs)), ngram_matrix(runs))
            for owner, score in zip(
                owners, gated_score(model, run_features, np.arange(len(runs))), strict=True
            ):
                best[owner] = max(best[owner], score)
        print(f"\n{name}: {len(index)} rows, {len(set(owners))} of several runs")
        for label, kind in ((True, "harmful caught"), (False, "safe blocked")):
            picked = harmful[index] == label
            if not picked.any():
                continue
            for threshold in (0.5, 0.6, 0.7):
                print(
                    f"  {kind:15s} at {threshold}: whole {np.mean(whole[picked] >= threshold):6.1%}"
                    f"   + paragraphs {np.mean(best[picked] >= threshold):6.1%}"
                )


if __name__ == "__main__":
    main()
