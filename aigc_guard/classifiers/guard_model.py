"""``type: guard_model``: a generative safety model (Llama Guard, Qwen3Guard, ShieldGemma,
Granite Guardian) as a text classifier, on a model server or in process.

It judges what the rule's direction says: a prompt alone (``input``), or an answer together
with the prompt it answers (``output``; the prompt comes from :data:`CONVERSATION`). The
family's own category codes map to policy categories by the family's default map onto TC260
risk ids, overridden per classifier (``categories: {S1: A1-f}``); a code the family does not
define is kept as ``guard.unknown`` (its code as the finding's label) and counted.
"""

from __future__ import annotations

import asyncio
import json
import os
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, model_validator

from .. import metrics
from ..batching import MicroBatcher
from ..errors import ClassifierError
from .base import CONVERSATION, BuildContext, ClassifierOptions, Finding, TextClassifier
from .endpoint import Breaker, EndpointClient, VerdictCache
from .guard_families import FAMILIES, GuardFamily, GuardVerdict, UnreadableVerdict

__all__ = ["GuardModelClassifier", "GuardModelOptions"]

UNSAFE = "guard.unsafe"
UNKNOWN = "guard.unknown"


class RemoteClientOptions(ClassifierOptions):
    """What every classifier on a model server takes (``guard_model``, ``remote``)."""

    endpoint: str | None = Field(
        default=None, description="Base URL of the server's API, e.g. http://127.0.0.1:8000/v1"
    )
    api_key_env: str | None = Field(
        default=None, description="Environment variable holding the server's API key."
    )
    concurrency: int = Field(default=32, ge=1, description="Calls in flight at once.")
    timeout_ms: float = Field(default=3000.0, gt=0)
    cache_size: int = Field(default=10_000, ge=0, description="Verdicts kept; 0: no cache.")
    cache_ttl_s: float = Field(default=300.0, gt=0)
    breaker_failures: int = Field(
        default=5, ge=1, description="Consecutive failures that open the circuit breaker."
    )
    breaker_cooldown_s: float = Field(
        default=10.0, gt=0, description="How long an open breaker fails fast before a probe."
    )

    def client(self, classifier_id: str) -> EndpointClient:
        assert self.endpoint is not None
        api_key = os.environ.get(self.api_key_env) if self.api_key_env else None
        return EndpointClient(
            classifier_id,
            self.endpoint,
            api_key=api_key,
            concurrency=self.concurrency,
            breaker=Breaker(self.breaker_failures, self.breaker_cooldown_s),
        )


class GuardModelOptions(RemoteClientOptions):
    type: str = "guard_model"
    family: Literal[
        "llama_guard_3", "llama_guard_4", "qwen3guard", "shieldgemma", "granite_guardian"
    ]
    model: str = Field(
        description="With an endpoint: the served model name; without: a local model folder "
        "(relative to the policy) run in process with transformers."
    )
    prompt: Literal["chat", "raw"] = Field(
        default="chat",
        description="chat: send messages, the served chat template renders the family's "
        "prompt; raw: the guard renders the family's documented prompt (/completions).",
    )
    policy: str | None = Field(
        default=None,
        description="ShieldGemma: the guideline (dangerous_content, harassment, hate_speech, "
        "sexually_explicit, or its text); Granite Guardian: the risk_name (default harm).",
    )
    categories: dict[str, str] = Field(
        default_factory=dict, description="Family code → policy category, over the default map."
    )
    threshold: float = Field(default=0.5, ge=0.0, le=1.0, description="Lowest score reported.")
    controversial_score: float = Field(
        default=0.5, ge=0.0, le=1.0, description="Qwen3Guard's 'Controversial' as a score."
    )
    max_new_tokens: int = Field(default=24, ge=1, le=512)
    device: Literal["auto", "cpu", "cuda"] = "auto"
    max_batch: int = Field(default=8, ge=1)
    max_wait_ms: float = Field(default=5.0, ge=0)

    @model_validator(mode="after")
    def _shieldgemma_policy(self) -> GuardModelOptions:
        if self.family == "shieldgemma" and self.policy is None:
            self.policy = "dangerous_content"
        return self


class GuardModelClassifier(TextClassifier):
    type_name = "guard_model"
    learned = True
    Options = GuardModelOptions

    def __init__(
        self, classifier_id: str, options: GuardModelOptions, local: LocalGuard | None = None
    ) -> None:
        super().__init__(classifier_id, options)
        self.options: GuardModelOptions = options
        self.family: GuardFamily = FAMILIES[options.family]
        self.mapping = {**self.family.default_map, **options.categories}
        self.settings = options.model_dump(include={"policy", "controversial_score"})
        self.cache = VerdictCache(options.cache_size, options.cache_ttl_s)
        self.local = local
        self.client = options.client(classifier_id) if options.endpoint else None
        self.batcher: MicroBatcher[str] | None = None
        if local is not None:  # a local model batches across requests
            self.batcher = MicroBatcher(
                classifier_id,
                local.generate,
                max_batch=options.max_batch,
                max_wait_ms=options.max_wait_ms,
            )

    @classmethod
    def build(
        cls, classifier_id: str, raw: dict[str, Any], context: BuildContext
    ) -> GuardModelClassifier:
        options = GuardModelOptions.model_validate(raw)
        if options.endpoint:
            return cls(classifier_id, options)
        folder = context.base_dir / options.model
        if not folder.is_dir():
            raise ValueError(f"model folder {folder} does not exist (or give an endpoint)")
        return cls(classifier_id, options, LocalGuard(folder, options))

    def categories(self) -> frozenset[str]:
        return frozenset({*self.mapping.values(), UNSAFE, UNKNOWN})

    # -- judging ---------------------------------------------------------------------------

    def request(self, text: str) -> str:
        """What goes to the model for ``text``: a JSON conversation (chat) or a prompt."""
        conversation = CONVERSATION.get()
        prompt, answer = (
            (text, None)
            if conversation.direction == "input"
            else (
                conversation.prompt,
                text,
            )
        )
        if self.options.prompt == "raw" or (self.local is not None and not self.local.chat):
            return "raw:" + self.family.raw_prompt(prompt, answer, self.settings)
        return "chat:" + json.dumps(self.family.messages(prompt, answer), ensure_ascii=False)

    async def classify(self, texts: list[str]) -> list[list[Finding]]:
        requests = [self.request(text) for text in texts]
        keys = [VerdictCache.key(self.options.family, self.options.model, r) for r in requests]
        outputs, missing = self.cache.lookup(keys, self.id)
        if missing:
            wanted = [requests[i] for i in missing]
            if self.client is not None:  # a chat server takes one conversation a call
                fresh = await asyncio.gather(*(self._call(r) for r in wanted))
            else:
                assert self.batcher is not None
                fresh = await self.batcher.submit(wanted)
            for index, output in zip(missing, fresh, strict=True):
                outputs[index] = output
        findings = []
        for index, key in enumerate(keys):
            verdict = self._parse(outputs[index])
            if index in missing:
                self.cache.put(key, outputs[index])
            findings.append(self._findings(verdict))
        return findings

    def _parse(self, output: str) -> GuardVerdict:
        try:
            return self.family.parse(output, self.settings)
        except UnreadableVerdict as exc:
            raise ClassifierError(self.id, str(exc), kind="malformed") from exc

    def _findings(self, verdict: GuardVerdict) -> list[Finding]:
        if not verdict.unsafe or verdict.score < self.options.threshold:
            return []
        if not verdict.codes:
            return [Finding(self.id, UNSAFE, verdict.score)]
        found = []
        for code in verdict.codes:
            if code not in self.family.codes and code not in self.options.categories:
                metrics.child(metrics.GUARD_UNKNOWN_CODES, self.id).inc()
            category = self.mapping.get(code, UNKNOWN)
            found.append(Finding(self.id, category, verdict.score, label=code))
        return found

    async def _call(self, request: str) -> str:
        assert self.client is not None
        kind, _, body = request.partition(":")
        common = {"model": self.options.model, "max_tokens": self.options.max_new_tokens}
        if kind == "raw":
            payload = {**common, "prompt": body, "temperature": 0}
            answer = await self.client.post("/completions", payload, self.timeout)
            return _text_of(answer, self.id, "text")
        payload = {**common, "messages": json.loads(body), "temperature": 0}
        extra = self.family.template_kwargs(self.settings)
        if extra:
            payload["chat_template_kwargs"] = extra
        answer = await self.client.post("/chat/completions", payload, self.timeout)
        return _text_of(answer, self.id, "message")


def _text_of(answer: Any, classifier: str, where: str) -> str:
    try:
        choice = answer["choices"][0]
        text = choice["message"]["content"] if where == "message" else choice["text"]
    except (KeyError, IndexError, TypeError) as exc:
        raise ClassifierError(
            classifier, "model server answer has no text", kind="malformed"
        ) from exc
    if not isinstance(text, str) or not text.strip():
        raise ClassifierError(classifier, "model server answered nothing", kind="malformed")
    return text


class LocalGuard:
    """A guard model run in process: a causal LM, greedy, a few new tokens per text."""

    def __init__(self, folder: Path, options: GuardModelOptions) -> None:
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        self.options = options
        self.family = FAMILIES[options.family]
        self.tokenizer = AutoTokenizer.from_pretrained(str(folder))
        self.tokenizer.padding_side = "left"
        if self.tokenizer.pad_token is None:
            self.tokenizer.pad_token = self.tokenizer.eos_token
        wanted = options.device
        cuda = torch.cuda.is_available() and wanted != "cpu"
        self.device = "cuda" if cuda else "cpu"
        model: Any = AutoModelForCausalLM.from_pretrained(str(folder))
        self.model = model.to(torch.device(self.device)).eval()
        self.chat = (
            bool(getattr(self.tokenizer, "chat_template", None)) and options.prompt == "chat"
        )

    def render(self, request: str) -> str:
        kind, _, body = request.partition(":")
        if kind == "raw":
            return body
        settings = self.options.model_dump(include={"policy", "controversial_score"})
        rendered = self.tokenizer.apply_chat_template(
            json.loads(body),
            tokenize=False,
            add_generation_prompt=True,
            **self.family.template_kwargs(settings),
        )
        return str(rendered)

    def generate(self, requests: list[str]) -> list[str]:
        import torch

        prompts = [self.render(r) for r in requests]
        encoded = self.tokenizer(prompts, return_tensors="pt", padding=True).to(self.device)
        with torch.inference_mode():
            generated = self.model.generate(
                **encoded,
                max_new_tokens=self.options.max_new_tokens,
                do_sample=False,
                pad_token_id=self.tokenizer.pad_token_id,
            )
        new_tokens = generated[:, encoded["input_ids"].shape[1] :]
        return [str(t) for t in self.tokenizer.batch_decode(new_tokens, skip_special_tokens=True)]
