"""Hashed character n-grams: the sparse half of the shipped heads.

Sentence embeddings carry what a text is about; character n-grams carry the exact words
(``裸照``, ``炸弹``, ``meth``) that an embedding blurs. A text becomes the bucket indices of its
1- to 3-grams (lower-cased, CRC-32 mod ``buckets``) with sublinear counts, L2-normalised; a head
adds ``weights[bucket] · value`` to its score. Training scripts use the same function.
"""

from __future__ import annotations

import functools
import math
import zlib
from collections import Counter
from typing import Any

import numpy as np

__all__ = ["ngram_features", "ngram_row"]


def ngram_features(text: str, buckets: int, sizes: tuple[int, ...] = (1, 2, 3)) -> dict[int, float]:
    """Bucket → value of the text's hashed character n-grams (an L2-normalised sparse row)."""
    folded = text.lower()
    counts: Counter[int] = Counter()
    for size in sizes:
        for start in range(len(folded) - size + 1):
            gram = folded[start : start + size]
            if not gram.isspace():
                counts[zlib.crc32(gram.encode("utf-8")) % buckets] += 1
    values = {bucket: 1.0 + math.log(count) for bucket, count in counts.items()}
    norm = math.sqrt(sum(v * v for v in values.values())) or 1.0
    return {bucket: v / norm for bucket, v in values.items()}


@functools.lru_cache(maxsize=256)
def ngram_row(text: str, buckets: int) -> tuple[Any, Any]:
    """:func:`ngram_features` as read-only (bucket indices, values) arrays, computed once per
    text however many heads read it (a 2 KB answer costs about 4 ms of Python)."""
    grams = ngram_features(text, buckets)
    columns = np.fromiter(grams, dtype=np.int64, count=len(grams))
    values = np.fromiter(grams.values(), dtype=np.float32, count=len(grams))
    columns.flags.writeable = values.flags.writeable = False
    return columns, values
