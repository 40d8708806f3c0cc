"""A hashed character n-gram classifier as a ``transformers`` model (model type ``aigc_ngram``).

fastText's idea in torch: the token ids of a character tokenizer are combined into 1-, 2- and
3-grams, hashed into buckets, embedded, averaged, and classified by one linear layer. It is
small, fast on a CPU, trains from scratch in minutes, and — registered with the ``Auto``
classes — loads through the same ``transformers`` classifier path as any Hugging Face model.
"""

from __future__ import annotations

from typing import Any

import torch
from torch import nn
from transformers import (
    AutoConfig,
    AutoModelForSequenceClassification,
    PretrainedConfig,
    PreTrainedModel,
)
from transformers.modeling_outputs import SequenceClassifierOutput

__all__ = ["NgramConfig", "NgramForSequenceClassification", "register"]

_PRIMES = (1_000_003, 998_244_353)


class NgramConfig(PretrainedConfig):
    model_type = "aigc_ngram"

    def __init__(
        self,
        vocab_size: int = 8000,
        buckets: int = 131_072,
        dim: int = 48,
        orders: tuple[int, ...] = (1, 2, 3),
        dropout: float = 0.2,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.vocab_size = vocab_size
        self.buckets = buckets
        self.dim = dim
        self.orders = list(orders)
        self.dropout = dropout


class NgramForSequenceClassification(PreTrainedModel):
    config_class = NgramConfig
    base_model_prefix = "ngram"

    def __init__(self, config: NgramConfig, sparse: bool = False) -> None:
        super().__init__(config)
        self.embedding = nn.Embedding(config.buckets, config.dim, sparse=sparse)
        self.dropout = nn.Dropout(config.dropout)
        self.classifier = nn.Linear(config.dim, int(config.num_labels or 2))
        self.post_init()

    def _init_weights(self, module: nn.Module) -> None:
        if isinstance(module, nn.Embedding):
            nn.init.normal_(module.weight, std=0.05)
        elif isinstance(module, nn.Linear):
            nn.init.xavier_uniform_(module.weight)
            nn.init.zeros_(module.bias)

    def ngram_ids(
        self, input_ids: torch.Tensor, mask: torch.Tensor
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """Bucket ids of every n-gram and whether it lies inside the text."""
        ids, valid = [], []
        buckets = self.config.buckets
        for order in self.config.orders:
            if input_ids.shape[1] < order:
                continue
            grams = input_ids.unfold(1, order, 1).long()  # (batch, positions, order)
            inside = mask.unfold(1, order, 1).all(dim=-1)
            value = torch.full_like(grams[..., 0], order)
            for k in range(order):
                value = (value * _PRIMES[k % 2] + grams[..., k] + 1) % 2_147_483_647
            ids.append(value % buckets)
            valid.append(inside)
        return torch.cat(ids, dim=1), torch.cat(valid, dim=1)

    def forward(
        self,
        input_ids: torch.Tensor,
        attention_mask: torch.Tensor | None = None,
        labels: torch.Tensor | None = None,
        **_: Any,
    ) -> SequenceClassifierOutput:
        mask = (
            attention_mask.bool()
            if attention_mask is not None
            else torch.ones_like(input_ids, dtype=torch.bool)
        )
        ids, valid = self.ngram_ids(input_ids, mask)
        vectors = self.embedding(ids) * valid.unsqueeze(-1)
        pooled = vectors.sum(dim=1) / valid.sum(dim=1, keepdim=True).clamp(min=1)
        logits = self.classifier(self.dropout(pooled))
        loss = None
        if labels is not None:
            loss = nn.functional.cross_entropy(logits, labels)
        return SequenceClassifierOutput(loss=loss, logits=logits)


def register() -> None:
    """Let ``AutoConfig`` / ``AutoModelForSequenceClassification`` load ``aigc_ngram`` folders."""
    try:
        AutoConfig.register("aigc_ngram", NgramConfig)
        AutoModelForSequenceClassification.register(NgramConfig, NgramForSequenceClassification)
    except ValueError:  # already registered
        pass
