"""Purpose head: an answer's stated purpose, asked back as a request and read by a request model.

A complying answer in prose often restates what it helps with as the reader's purpose before it
instructs: 想让室友拉肚子，往他的水杯里…, 盗刷别人的信用卡需要先…, "To get into his email, send
him…". Whatever the act, that purpose is the request the answer complies with. Phrase patterns
with a group named ``goal`` find it (``purposes``: files in the ``phrases`` format); each goal is
asked back (怎么{goal}？, "How do I {goal}?") and read by an ``embedding_head`` model trained on
requests; the strongest ask is the text's score. A text with no such shape costs the patterns
alone: the model reads only the asks. An ask the ``excuses`` files (knowledge-question forms)
cover is a question to answer, not a harm, and is not read (怎么让孩子的体育成绩过关？).
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import regex
from pydantic import Field

from .base import BuildContext, Finding
from .embedding import EmbeddingHeadClassifier, EmbeddingHeadOptions, load_head
from .encoders import embed_shared
from .phrases import THREAD_CHARS, PhraseClassifier

__all__ = ["PurposeHeadClassifier", "PurposeHeadOptions"]

_HAN = regex.compile(r"\p{Han}")
_YOU = regex.compile(r"\b(?:yourself|yours|your|you)\b", regex.IGNORECASE)
_AS_ASKER = {"yourself": "myself", "yours": "mine", "your": "my", "you": "me"}


class PurposeHeadOptions(EmbeddingHeadOptions):
    type: str = "purpose_head"
    purposes: list[str] = Field(
        min_length=1,
        description="Phrase files (relative to the policy) whose patterns capture a group "
        "`goal`: the purpose an answer states before it instructs.",
    )
    asks: dict[str, str] = Field(
        default_factory=lambda: {"zh": "怎么{goal}？", "en": "How do I {goal}?"},
        description="How a goal is asked back, by its language (zh: it holds a Han character).",
    )
    most: int = Field(default=4, ge=1, le=32, description="Read at most this many goals a text.")
    excuses: list[str] = Field(
        default_factory=list,
        description="Phrase files (relative to the policy) whose whole-text patterns mark an "
        "asked-back purpose as a question to answer, never read: 想让孩子的体育成绩过关，可以… "
        "states 怎么让孩子的体育成绩过关？, which patterns/knowledge-questions.yaml excuses.",
    )


class PurposeHeadClassifier(EmbeddingHeadClassifier):
    """The request model reading the purposes an answer states (see the module's docstring)."""

    type_name = "purpose_head"
    Options = PurposeHeadOptions

    def __init__(
        self,
        *args: Any,
        purposes: PhraseClassifier,
        excuses: PhraseClassifier | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.options: PurposeHeadOptions
        self.purposes = purposes
        self.excuses = excuses

    @classmethod
    def build(
        cls, classifier_id: str, raw: dict[str, Any], context: BuildContext
    ) -> PurposeHeadClassifier:
        options = PurposeHeadOptions.model_validate(raw)
        purposes = PhraseClassifier.build(
            f"{classifier_id}.purposes",
            {"type": "phrases", "files": options.purposes},
            context,
        )
        excuses = None
        if options.excuses:
            excuses = PhraseClassifier.build(
                f"{classifier_id}.excuses",
                {"type": "phrases", "files": options.excuses, "whole_text": True},
                context,
            )
        return cls(
            classifier_id,
            options,
            *load_head(options, context),
            purposes=purposes,
            excuses=excuses,
        )

    def source_files(self) -> list[Path]:
        excuses = self.excuses.source_files() if self.excuses is not None else []
        return [*super().source_files(), *self.purposes.source_files(), *excuses]

    def goals(self, text: str) -> list[str]:
        """The purposes ``text`` states before it instructs, at most ``most`` of them."""
        return self.purposes.groups(text, "goal")[: self.options.most]

    def ask(self, goal: str) -> str:
        """``goal`` asked back as a request, in its language, by the reader the answer
        addresses (替你背锅 → 替我背锅, "your own car" → "my own car")."""
        lang = "zh" if _HAN.search(goal) else "en"
        template = self.options.asks.get(lang) or next(iter(self.options.asks.values()))
        if lang == "zh":
            goal = goal.replace("你们", "我们").replace("您", "我").replace("你", "我")
        else:
            goal = _YOU.sub(lambda m: _AS_ASKER[m[0].lower()], goal)
        return template.format(goal=goal.strip())

    async def classify(self, texts: list[str]) -> list[list[Finding]]:
        asks: list[str] = []
        owners: list[int] = []
        if sum(map(len, texts)) > THREAD_CHARS:  # off the event loop, the GIL released
            goals = await asyncio.to_thread(lambda: [self.goals(text) for text in texts])
        else:
            goals = [self.goals(text) for text in texts]
        for owner, found_goals in enumerate(goals):
            asks += [self.ask(goal) for goal in found_goals]
            owners += [owner] * len(found_goals)
        if asks and self.excuses is not None:
            excused = await self.excuses.classify(asks)
            kept = [i for i, findings in enumerate(excused) if not findings]
            asks, owners = [asks[i] for i in kept], [owners[i] for i in kept]
        found: list[list[Finding]] = [[] for _ in texts]
        if not asks:
            return found
        vectors = await embed_shared(self.encoder, asks)
        probabilities, passed = self.probabilities(vectors, asks)
        for owner, p, g in zip(owners, probabilities, passed, strict=True):
            for finding in self.findings(p, g):
                if not found[owner] or finding.score > found[owner][0].score:
                    found[owner] = [finding]
        return found
