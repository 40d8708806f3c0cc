"""``transformers`` classifier: any local Hugging Face sequence-classification model.

Texts longer than the model's window are read in overlapping windows; a text's score per
category is its worst window's, reported with that window's span. Every call goes through
one :class:`~aigc_guard.batching.MicroBatcher` per model, so concurrent requests and streams
share batches; the model runs off the event loop.
"""

from __future__ import annotations

import os
from typing import Any, Literal

import numpy as np
from pydantic import Field

from ..batching import MicroBatcher
from .base import BuildContext, ClassifierOptions, Finding, TextClassifier
from .encoders import CPU_THREADS, set_torch_threads

__all__ = ["TransformersClassifier", "TransformersOptions"]

WindowScores = list[tuple[int, int, list[float]]]  # (start, end, scores per model label)


class TransformersOptions(ClassifierOptions):
    type: str = "transformers"
    model: str = Field(description="A model folder (relative to the policy) or a hub id.")
    labels: dict[str, str] = Field(
        default_factory=dict,
        description="Model label → finding category; unmapped labels (e.g. 'safe') are ignored. "
        "Empty: every label except the model's first is reported under its own name.",
    )
    thresholds: dict[str, float] = Field(
        default_factory=dict, description="Category → minimum score (default `threshold`)."
    )
    threshold: float = Field(default=0.5, ge=0.0, le=1.0)
    activation: Literal["softmax", "sigmoid"] = "softmax"
    max_length: int = Field(default=128, ge=8, description="Tokens per window.")
    stride: int = Field(default=32, ge=0, description="Tokens shared by consecutive windows.")
    device: Literal["auto", "cpu", "cuda"] = "auto"
    dtype: Literal["float32", "float16", "bfloat16"] = "float32"
    cpu_threads: int | None = Field(default=None, ge=1, description=CPU_THREADS)
    max_batch: int = Field(default=32, ge=1)
    max_wait_ms: float = Field(default=5.0, ge=0)
    timeout_ms: float = Field(default=2000.0, gt=0)
    warmup: bool = True


class TransformersClassifier(TextClassifier):
    type_name = "transformers"
    learned = True
    Options = TransformersOptions

    def __init__(self, classifier_id: str, options: TransformersOptions, source: str) -> None:
        super().__init__(classifier_id, options)
        import torch
        from transformers import AutoModelForSequenceClassification, AutoTokenizer

        from ..models import register

        register()

        self.options: TransformersOptions = options
        self.tokenizer = AutoTokenizer.from_pretrained(source)
        if not getattr(self.tokenizer, "is_fast", False):
            raise ValueError("the model needs a fast tokenizer (offsets for windows)")
        device = options.device
        if device == "auto":
            device = "cuda" if torch.cuda.is_available() else "cpu"
        self.device = torch.device(device)
        set_torch_threads(options.cpu_threads)
        dtype = getattr(torch, options.dtype)
        self.model = AutoModelForSequenceClassification.from_pretrained(source, dtype=dtype)
        self.model.to(self.device).eval()
        id2label = {int(k): str(v) for k, v in self.model.config.id2label.items()}
        self.model_labels = [id2label[i] for i in range(len(id2label))]
        if options.labels:
            unknown = set(options.labels) - set(self.model_labels)
            if unknown:
                raise ValueError(
                    f"labels {sorted(unknown)} are not the model's {self.model_labels}"
                )
            self.categories_by_index = {
                i: options.labels[label]
                for i, label in enumerate(self.model_labels)
                if label in options.labels
            }
        else:
            self.categories_by_index = dict(enumerate(self.model_labels[1:], start=1))
        self.batcher: MicroBatcher[WindowScores] = MicroBatcher(
            classifier_id,
            self._score_batch,
            max_batch=options.max_batch,
            max_wait_ms=options.max_wait_ms,
        )
        if options.warmup:
            self.batcher.on_model_thread(lambda: self._score_batch(["warm-up 预热"]))

    @classmethod
    def build(
        cls, classifier_id: str, raw: dict[str, Any], context: BuildContext
    ) -> TransformersClassifier:
        options = TransformersOptions.model_validate(raw)
        local = context.base_dir / options.model
        source = str(local) if local.exists() else options.model
        if not local.exists() and os.environ.get("HF_HUB_OFFLINE") == "1":
            raise ValueError(f"model folder {local} does not exist (and the hub is offline)")
        return cls(classifier_id, options, source)

    def categories(self) -> frozenset[str]:
        return frozenset(self.categories_by_index.values())

    async def classify(self, texts: list[str]) -> list[list[Finding]]:
        scored = await self.batcher.submit(texts)
        return [self._findings(windows) for windows in scored]

    def _findings(self, windows: WindowScores) -> list[Finding]:
        findings = []
        for index, category in self.categories_by_index.items():
            start, end, scores = max(windows, key=lambda w: w[2][index])
            score = scores[index]
            if score >= self.options.thresholds.get(category, self.options.threshold):
                findings.append(Finding(self.id, category, round(score, 6), start, end))
        return findings

    def _score_batch(self, texts: list[str]) -> list[WindowScores]:
        """Tokenize into overlapping windows, run the model, map windows back to texts."""
        import torch

        encoded = self.tokenizer(
            [t or " " for t in texts],
            truncation=True,
            max_length=self.options.max_length,
            stride=min(self.options.stride, self.options.max_length // 2),
            return_overflowing_tokens=True,
            return_offsets_mapping=True,
            padding=True,
            return_tensors="np",
        )
        owners = encoded.pop("overflow_to_sample_mapping").tolist()
        starts, ends = _window_spans(encoded.pop("offset_mapping"))
        inputs = {k: torch.from_numpy(v).to(self.device) for k, v in encoded.items()}
        with torch.inference_mode():
            logits = self.model(**inputs).logits.float()
        if self.options.activation == "softmax":
            probabilities = torch.softmax(logits, dim=-1)
        else:
            probabilities = torch.sigmoid(logits)
        scores = probabilities.cpu().numpy()
        if np.isnan(scores).any():
            raise ValueError("the model returned NaN")
        results: list[WindowScores] = [[] for _ in texts]
        for owner, start, end, row in zip(owners, starts, ends, scores.tolist(), strict=True):
            results[owner].append((start, len(texts[owner]) if end < 0 else end, row))
        return results


def _window_spans(offsets: Any) -> tuple[list[int], list[int]]:
    """Each window's first and last character (``offsets``: windows × tokens × 2); a window
    without a real token starts at 0 and ends at -1 (its text's end)."""
    real = offsets[..., 1] > offsets[..., 0]
    windows, width = real.shape
    first = real.argmax(axis=1)
    last = width - 1 - real[:, ::-1].argmax(axis=1)
    rows = np.arange(windows)
    some = real.any(axis=1)
    starts = np.where(some, offsets[rows, first, 0], 0)
    ends = np.where(some, offsets[rows, last, 1], -1)
    return starts.tolist(), ends.tolist()
