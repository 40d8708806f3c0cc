"""Linear heads over sentence embeddings: fitting, out-of-fold scores, operating points."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression


def fit(x: np.ndarray, y: np.ndarray, *, c: float, weight: np.ndarray | None = None) -> Any:
    model = LogisticRegression(C=c, max_iter=4000, random_state=0)
    model.fit(x, y, sample_weight=weight)
    return model


class LogitAverage:
    """Softmax heads of the same labels averaged in logit space: one linear head again (the
    classifier loads it as any other), steadier than each member on small data changes."""

    def __init__(self, models: Sequence[Any]) -> None:
        self.classes_ = models[0].classes_
        self.coef_ = np.mean([m.coef_ for m in models], axis=0)
        self.intercept_ = np.mean([m.intercept_ for m in models], axis=0)

    def predict_proba(self, x: Any) -> np.ndarray:
        logits = np.asarray(x @ self.coef_.T) + self.intercept_
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return np.asarray(exp / exp.sum(axis=1, keepdims=True))


def balanced_weights(harmful: np.ndarray) -> np.ndarray:
    """Weights that give the harmful and the safe rows the same total."""
    n_pos, n_neg = int(harmful.sum()), int((~harmful).sum())
    return np.where(harmful, len(harmful) / (2 * n_pos), len(harmful) / (2 * n_neg))


def harm_score(model: Any, x: np.ndarray, negative: int = 0) -> np.ndarray:
    """1 - P(negative class)."""
    column = list(model.classes_).index(negative)
    return np.asarray(1.0 - model.predict_proba(x)[:, column])


NGRAM_BUCKETS = 1 << 15


def ngram_matrix(texts: Sequence[str], buckets: int = NGRAM_BUCKETS) -> Any:
    """Hashed character n-grams of each text (a CSR matrix), exactly as the classifier sees them."""
    from scipy.sparse import csr_matrix

    from aigc_guard.classifiers.char_ngrams import ngram_features

    indptr, indices, data = [0], [], []
    for text in texts:
        row = ngram_features(text[:2000], buckets)  # as much as the classifier reads
        indices.extend(row)
        data.extend(row.values())
        indptr.append(len(indices))
    return csr_matrix((data, indices, indptr), shape=(len(texts), buckets), dtype=np.float32)


class Features:
    """Rows of dense embeddings and, optionally, sparse n-grams beside them."""

    def __init__(self, dense: np.ndarray, sparse: Any = None) -> None:
        self.dense, self.sparse = dense, sparse

    def both(self, index: np.ndarray) -> Any:
        if self.sparse is None:
            return self.dense[index]
        from scipy.sparse import csr_matrix, hstack

        return hstack([csr_matrix(self.dense[index]), self.sparse[index]]).tocsr()


def share_weights(groups: np.ndarray, shares: dict[str, float]) -> np.ndarray:
    """Row weights that give each group its share of the total (rows within a group equal)."""
    weights = np.zeros(len(groups))
    for group, share in shares.items():
        members = groups == group
        if members.any():
            weights[members] = share * len(groups) / members.sum()
    return weights


def fit_gated(
    features: Features,
    y: np.ndarray,
    gated: np.ndarray,
    index: np.ndarray,
    *,
    c: float,
    weights: np.ndarray | None = None,
    gate_ngrams: bool = False,
) -> tuple[Any, Any]:
    """A topic head on the rows the gate does not cover, and the gate on all rows.

    The score is then topic harm × (1 − P(gate)): harmful content AND not refused (answers),
    or harmful content AND not asked about to learn or protect (requests). The topic head
    sees embeddings and n-grams; the gate, a matter of framing, sees embeddings only unless
    ``gate_ngrams`` (intent words — 避免, 防范, "protect" — are lexical cues).
    """
    topic = index[~gated[index]]
    weight = weights[topic] if weights is not None else balanced_weights(y[topic] > 0)
    head = fit(features.both(topic), y[topic], c=c, weight=weight)
    gate_x = features.both(index) if gate_ngrams else features.dense[index]
    gate = fit(gate_x, gated[index].astype(int), c=c, weight=balanced_weights(gated[index]))
    return head, gate


def gated_score(models: tuple[Any, Any], features: Features, index: np.ndarray) -> np.ndarray:
    head, gate = models
    with_ngrams = gate.coef_.shape[1] > features.dense.shape[1]
    gate_x = features.both(index) if with_ngrams else features.dense[index]
    return harm_score(head, features.both(index)) * harm_score(gate, gate_x, negative=1)


def out_of_fold(
    folds: Sequence[Any],
    train: Callable[[np.ndarray], Any],
    score: Callable[[Any, np.ndarray], np.ndarray],
) -> np.ndarray:
    """Each row scored by a model that never saw its fold (None: always trained on)."""
    scores = np.full(len(folds), np.nan)
    for fold in sorted({f for f in folds if f is not None}, key=str):
        test = np.array([f == fold for f in folds])
        scores[test] = score(train(np.flatnonzero(~test)), np.flatnonzero(test))
    return scores


def threshold_for(scores: np.ndarray, benign_rate: float) -> float:
    """The lowest threshold that blocks at most ``benign_rate`` of these benign scores."""
    ordered = np.sort(scores)[::-1]
    allowed = int(np.floor(benign_rate * len(ordered)))
    return float(min(1.0, round(ordered[allowed] + 1e-4, 4))) if len(ordered) else 0.5


def export(
    folder: Path,
    model: Any,
    labels: list[str],
    *,
    encoder: str,
    negative: str | None,
    gate: Any = None,
    categories: dict[str, str] | None = None,
    embedding_dim: int = 512,
) -> None:
    """head.json (and ngrams.npy when the model saw n-grams past the embedding's columns)."""
    order = [list(model.classes_).index(i) for i in range(len(labels))]
    coef = model.coef_ if len(labels) > 2 else np.vstack([-model.coef_ / 2, model.coef_ / 2])
    ngram_weights = coef[:, embedding_dim:]
    coef = coef[:, :embedding_dim]
    bias = (
        model.intercept_
        if len(labels) > 2
        else np.array([-model.intercept_[0] / 2, model.intercept_[0] / 2])
    )
    folder.mkdir(parents=True, exist_ok=True)
    head: dict[str, Any] = {
        "encoder": encoder,
        "labels": labels,
        "negative": negative,
        "weight": [[round(float(v), 6) for v in coef[i]] for i in order],
        "bias": [round(float(bias[i]), 6) for i in order],
    }
    if categories:
        head["categories"] = categories
    if ngram_weights.shape[1]:
        np.save(folder / "ngrams.npy", ngram_weights[order].astype(np.float16))
        head["ngrams"] = {"file": "ngrams.npy", "buckets": int(ngram_weights.shape[1])}
    if gate is not None:  # a binary logistic head: P(gate fires) = sigmoid(w·x + b)
        head["gate"] = {
            "weight": [round(float(v), 6) for v in gate.coef_[0][:embedding_dim]],
            "bias": round(float(gate.intercept_[0]), 6),
        }
        gate_ngrams = gate.coef_[0][embedding_dim:]
        if len(gate_ngrams):
            np.save(folder / "gate_ngrams.npy", gate_ngrams.astype(np.float16))
            head["gate"]["ngrams"] = {"file": "gate_ngrams.npy", "buckets": len(gate_ngrams)}
    (folder / "head.json").write_text(json.dumps(head) + "\n", encoding="utf-8")


def rate(flags: np.ndarray) -> float:
    return round(float(np.mean(flags)), 4) if len(flags) else float("nan")


def blocked_by_group(
    scores: np.ndarray, names: Sequence[str], thresholds: Sequence[float]
) -> dict[str, dict[str, float]]:
    """For each group name (one a row), the share of its rows at or above each threshold."""
    labels = np.array(names)
    return {
        name: {str(t): rate(scores[labels == name] >= t) for t in thresholds}
        for name in sorted(set(names))
    }


def source_groups(rows: Sequence[dict[str, Any]], sources: Sequence[str]) -> dict[str, np.ndarray]:
    """Row masks per source and language: "CatQA/zh", "CatQA/en", …"""
    return {
        f"{source}/{lang}": np.array([r["source"] == source and r["lang"] == lang for r in rows])
        for source in sources
        for lang in ("zh", "en")
    }


def kind_weights(
    rows: Sequence[dict[str, Any]],
    harmful: np.ndarray,
    ordinary: Sequence[str],
    shares: dict[str, float],
) -> np.ndarray:
    """share_weights over three kinds: harmful rows, ordinary text (by source), other safe rows."""
    kinds = [
        "harmful" if h else "ordinary" if r["source"] in ordinary else "safe"
        for r, h in zip(rows, harmful, strict=True)
    ]
    return share_weights(np.array(kinds), shares)


def operating_points(
    scores: np.ndarray, harmful: np.ndarray, groups: dict[str, np.ndarray]
) -> dict[str, dict[str, float]]:
    """For each threshold: the share of each group's harmful rows caught and safe rows passed."""
    table: dict[str, dict[str, float]] = {}
    for threshold in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95):
        row: dict[str, float] = {}
        for name, members in groups.items():
            pos, neg = members & harmful, members & ~harmful
            if pos.any():
                row[f"{name} caught"] = rate(scores[pos] >= threshold)
            if neg.any():
                row[f"{name} safe passed"] = rate(scores[neg] < threshold)
        table[str(threshold)] = row
    return table
