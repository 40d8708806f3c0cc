"""A model classifier a command did not load (coverage, audit): its id and options, no model."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..errors import ClassifierError
from .base import ClassifierOptions, Finding, TextClassifier

__all__ = ["Unloaded"]


class Unloaded(TextClassifier):
    """A model classifier a command did not load: it has its id and options, and judges nothing."""

    type_name = "unloaded"
    learned = True

    def __init__(self, name: str, options: ClassifierOptions, categories: frozenset[str]) -> None:
        super().__init__(name, options)
        self._categories = categories

    @classmethod
    def standing_in_for(cls, name: str, raw: Mapping[str, Any], base_dir: Path) -> Unloaded:
        common = {k: raw[k] for k in ClassifierOptions.model_fields if k in raw}
        named: set[str] = set()  # the categories its options name (labels, category maps)
        for key in ("labels", "categories"):
            if isinstance(raw.get(key), Mapping):
                named.update(str(v) for v in raw[key].values())
        if isinstance(raw.get("category"), str):
            named.add(raw["category"])
        if isinstance(raw.get("model"), str):
            named.update(_head_categories(base_dir / raw["model"]))
        return cls(name, ClassifierOptions.model_validate(common), frozenset(named))

    def categories(self) -> frozenset[str]:
        return self._categories

    async def classify(self, texts: list[str]) -> list[list[Finding]]:
        raise ClassifierError(self.id, "this command did not load the model", kind="unloaded")


def _head_categories(folder: Path) -> set[str]:
    """The risk categories a shipped head's ``head.json`` maps its labels to (none if absent)."""
    try:
        head = json.loads((folder / "head.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()  # not a head folder (a transformers model, a server): options only
    categories = head.get("categories") if isinstance(head, dict) else None
    return {str(v) for v in categories.values()} if isinstance(categories, dict) else set()
