"""Language classifier: finds a text written in a language the policy does not read.

The phrases and lexicons read Chinese and English, and most models only those two: a request in
Swahili, Vietnamese or Dutch passed every classifier of both policies (22 of 36 harmful requests
in other languages written for the fifty-seventh session's check). A policy that must not pass
what it cannot read names the languages it reads and refuses, or flags, the rest.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field

from ..language import identify_language
from .base import BuildContext, ClassifierOptions, Finding, TextClassifier

__all__ = ["LanguageClassifier", "LanguageOptions"]


class LanguageOptions(ClassifierOptions):
    type: str = "language"
    read: list[str] = Field(
        default_factory=lambda: ["zh", "en"],
        description="The languages the policy reads (ISO 639-1 codes as py3langid gives them; "
        "zh: Han script): a text in another is found under `category`, labelled with its code "
        "and scored by how sure the identifier is.",
    )
    category: str = "language.unread"


class LanguageClassifier(TextClassifier):
    """A finding for each text written in a language outside ``read``."""

    type_name = "language"
    Options = LanguageOptions
    loads_model = False

    def __init__(self, classifier_id: str, options: LanguageOptions) -> None:
        super().__init__(classifier_id, options)
        self._read = frozenset(options.read)
        self._category = options.category

    @classmethod
    def build(
        cls, classifier_id: str, raw: dict[str, Any], context: BuildContext
    ) -> LanguageClassifier:
        return cls(classifier_id, LanguageOptions.model_validate(raw))

    def categories(self) -> frozenset[str]:
        return frozenset({self._category})

    async def classify(self, texts: list[str]) -> list[list[Finding]]:
        found: list[list[Finding]] = []
        for text in texts:
            code, confidence = identify_language(text)
            unread = code not in self._read and code != "und"
            finding = Finding(self.id, self._category, confidence, label=code)
            found.append([finding] if unread else [])
        return found
