"""Sentence embeddings for training scripts, cached under .cache/ (never committed)."""

from __future__ import annotations

import hashlib
import sys

import numpy as np
from _data import REPO

CACHE = REPO / ".cache" / "embeddings"


def embed(texts: list[str], encoder: str = "use-m3", *, progress: bool = False) -> np.ndarray:
    """(N, dim) float32 embeddings of ``texts``, computed once per distinct list."""
    key = hashlib.sha256((encoder + "\0" + "\0".join(texts)).encode()).hexdigest()[:24]
    path = CACHE / f"{encoder}-{key}.npy"
    if path.exists():
        return np.load(path)
    sys.path.insert(0, str(REPO))
    from aigc_guard.classifiers.encoders import load_encoder

    model = load_encoder(encoder)
    chunks = []
    for start in range(0, len(texts), 64):
        chunks.append(np.asarray(model.embed(texts[start : start + 64]), dtype=np.float32))
        if progress and start % 6400 == 0:
            print(f"  {encoder}: {start}/{len(texts)}", file=sys.stderr, flush=True)
    vectors = np.concatenate(chunks) if chunks else np.zeros((0, model.dim), np.float32)
    CACHE.mkdir(parents=True, exist_ok=True)
    np.save(path, vectors)
    return vectors
