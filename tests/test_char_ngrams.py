"""Hashed character n-grams: the same row for every head, computed once per text."""

from __future__ import annotations

import numpy as np
import pytest

from aigc_guard.classifiers.char_ngrams import ngram_features, ngram_row


def test_a_row_holds_the_features_and_is_shared_read_only() -> None:
    text = "加我微信看片 Buy now 加我微信"
    features = ngram_features(text, 1024)
    columns, values = ngram_row(text, 1024)
    assert dict(zip(columns.tolist(), values.tolist(), strict=True)) == pytest.approx(features)
    assert np.isclose(float(np.linalg.norm(values)), 1.0)
    again = ngram_row(text, 1024)
    assert again[0] is columns and again[1] is values  # a second head reuses the first's work
    with pytest.raises(ValueError):
        values[0] = 0.0


def test_spaces_alone_make_no_grams() -> None:
    columns, values = ngram_row("   ", 1024)
    assert len(columns) == len(values) == 0


@pytest.mark.parametrize(
    "text",
    [
        "加我微信看片 Buy now 加我微信。" * 40,  # long: the numpy path
        ("İstanbul ÇA 😀😀 x  y\t\nz 裸照 MEth " * 30),  # lower() changes lengths; 4-byte chars
        "  \t" * 200 + "a",  # all-blank grams skipped
        "炸" * 300,
    ],
)
def test_long_texts_hash_in_numpy_to_the_same_row(text: str) -> None:
    expected = ngram_features(text, 131_072)
    columns, values = ngram_row(text, 131_072)
    assert len(text) >= 256
    assert dict(zip(columns.tolist(), values.tolist(), strict=True)) == pytest.approx(expected)
