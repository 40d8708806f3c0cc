"""``type: remote``: a discriminative classifier on an inference server, by protocol.

* ``tei``: Hugging Face Text Embeddings Inference, ``POST /predict`` with ``{"inputs": [..]}``,
  answering ``[[{"label", "score"}, ..], ..]``;
* ``kserve_v2``: the Open Inference Protocol (KServe, Triton), ``POST
  /v2/models/{model}/infer`` with one ``BYTES`` input, answering an ``FP32`` output of shape
  ``[texts, labels]`` whose label names the policy gives (``output_labels``);
* ``openai_moderation``: OpenAI's ``POST /moderations`` shape, ``{"model", "input": [..]}``
  answering ``results[].category_scores`` (and ``categories`` flags).

Texts from concurrent requests are sent together in batches (all three take lists); labels
map to categories as in the local ``transformers`` type.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, model_validator

from ..batching import MicroBatcher
from ..errors import ClassifierError
from .base import BuildContext, Finding, TextClassifier
from .endpoint import VerdictCache
from .guard_model import RemoteClientOptions

__all__ = ["MODERATION_MAP", "RemoteClassifier", "RemoteOptions"]

MODERATION_MAP = {
    "sexual": "A1-f",
    "sexual/minors": "A1-f",
    "harassment": "A4-c",
    "harassment/threatening": "A4-c",
    "hate": "A1-e",
    "hate/threatening": "A1-e",
    "illicit": "A1-h",
    "illicit/violent": "A1-h",
    "self-harm": "A4-a",
    "self-harm/intent": "A4-a",
    "self-harm/instructions": "A4-a",
    "violence": "A1-f",
    "violence/graphic": "A1-f",
}

Scores = dict[str, float]


class RemoteOptions(RemoteClientOptions):
    type: str = "remote"
    protocol: Literal["tei", "kserve_v2", "openai_moderation"]
    endpoint: str | None = Field(description="Base URL (TEI and KServe: the server's root).")
    model: str | None = Field(
        default=None, description="KServe: the model name (required); moderation: the model."
    )
    output_labels: list[str] = Field(
        default_factory=list, description="KServe: the label of each output column, in order."
    )
    labels: dict[str, str] = Field(
        default_factory=dict,
        description="Server label → finding category; unmapped labels are ignored. Default: "
        "the moderation categories' TC260 map, else every label under its own name.",
    )
    threshold: float = Field(default=0.5, ge=0.0, le=1.0)
    thresholds: dict[str, float] = Field(default_factory=dict)
    max_batch: int = Field(default=32, ge=1)
    max_wait_ms: float = Field(default=5.0, ge=0)

    @model_validator(mode="after")
    def _complete(self) -> RemoteOptions:
        if not self.endpoint:
            raise ValueError("a remote classifier needs an endpoint")
        if self.protocol == "kserve_v2" and (not self.model or not self.output_labels):
            raise ValueError("kserve_v2 needs model and output_labels")
        return self


class RemoteClassifier(TextClassifier):
    type_name = "remote"
    learned = True
    Options = RemoteOptions

    def __init__(self, classifier_id: str, options: RemoteOptions) -> None:
        super().__init__(classifier_id, options)
        self.options: RemoteOptions = options
        self.client = options.client(classifier_id)
        self.cache = VerdictCache(options.cache_size, options.cache_ttl_s)
        default = MODERATION_MAP if options.protocol == "openai_moderation" else {}
        self.mapping = options.labels or default
        self.batcher: MicroBatcher[Scores] = MicroBatcher(
            classifier_id,
            run_async=self._score_batch,
            max_batch=options.max_batch,
            max_wait_ms=options.max_wait_ms,
        )

    @classmethod
    def build(
        cls, classifier_id: str, raw: dict[str, Any], context: BuildContext
    ) -> RemoteClassifier:
        return cls(classifier_id, RemoteOptions.model_validate(raw))

    def categories(self) -> frozenset[str]:
        return frozenset(self.mapping.values()) or frozenset({f"{self.id}.*"})

    async def classify(self, texts: list[str]) -> list[list[Finding]]:
        keys = [VerdictCache.key(self.options.protocol, self.options.model, t) for t in texts]
        scores, missing = self.cache.lookup(keys, self.id)
        if missing:
            fresh = await self.batcher.submit([texts[i] for i in missing])
            for index, found in zip(missing, fresh, strict=True):
                scores[index] = found
                self.cache.put(keys[index], found)
        return [self._findings(scores[i]) for i in range(len(texts))]

    def _findings(self, scores: Scores) -> list[Finding]:
        findings = []
        for label, score in scores.items():
            category = self.mapping.get(label) if self.mapping else label
            if category is None:
                continue
            if score >= self.options.thresholds.get(category, self.options.threshold):
                findings.append(Finding(self.id, category, round(score, 6), label=label))
        return findings

    async def _score_batch(self, texts: list[str]) -> list[Scores]:
        protocol = self.options.protocol
        if protocol == "tei":
            answer = await self.client.post("/predict", {"inputs": texts}, self.timeout)
            return self._checked(_tei_scores(answer, len(texts)))
        if protocol == "kserve_v2":
            tensor = {"name": "text", "shape": [len(texts)], "datatype": "BYTES", "data": texts}
            path = f"/v2/models/{self.options.model}/infer"
            answer = await self.client.post(path, {"inputs": [tensor]}, self.timeout)
            return self._checked(_kserve_scores(answer, len(texts), self.options.output_labels))
        payload: dict[str, Any] = {"input": texts}
        if self.options.model:
            payload["model"] = self.options.model
        answer = await self.client.post("/moderations", payload, self.timeout)
        return self._checked(_moderation_scores(answer, len(texts)))

    def _checked(self, scores: list[Scores] | None) -> list[Scores]:
        if scores is None:
            raise ClassifierError(
                self.id, "model server answer has the wrong shape", kind="malformed"
            )
        return scores


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _tei_scores(answer: Any, count: int) -> list[Scores] | None:
    if not isinstance(answer, list) or len(answer) != count:
        return None
    out: list[Scores] = []
    for row in answer:
        if not isinstance(row, list):
            return None
        scores: Scores = {}
        for entry in row:
            score = _number(entry.get("score")) if isinstance(entry, dict) else None
            if score is None or not isinstance(entry.get("label"), str):
                return None
            scores[entry["label"]] = score
        out.append(scores)
    return out


def _kserve_scores(answer: Any, count: int, labels: list[str]) -> list[Scores] | None:
    outputs = answer.get("outputs") if isinstance(answer, dict) else None
    if not isinstance(outputs, list) or not outputs or not isinstance(outputs[0], dict):
        return None
    data = outputs[0].get("data")
    if not isinstance(data, list) or len(data) != count * len(labels):
        return None
    values = [_number(v) for v in data]
    if any(v is None for v in values):
        return None
    width = len(labels)
    return [
        {label: float(values[row * width + col] or 0.0) for col, label in enumerate(labels)}
        for row in range(count)
    ]


def _moderation_scores(answer: Any, count: int) -> list[Scores] | None:
    results = answer.get("results") if isinstance(answer, dict) else None
    if not isinstance(results, list) or len(results) != count:
        return None
    out: list[Scores] = []
    for result in results:
        scores = result.get("category_scores") if isinstance(result, dict) else None
        flags = result.get("categories") if isinstance(result, dict) else None
        if not isinstance(scores, dict):
            return None
        row: Scores = {}
        for label, value in scores.items():
            number = _number(value)
            if number is None:
                return None
            if isinstance(flags, dict) and flags.get(label) is True:
                number = max(number, 1.0)  # the server's own verdict counts as certain
            row[str(label)] = number
        out.append(row)
    return out
